package org.dyad.extract.stage;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.gazetteer.Gazetteer;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceFiles;

/** The stages over the bundled reference files, built once for the stage tests, and runs of the first stages. */
final class Stages {

    static final ReferenceData DATA = ReferenceFiles.load();
    static final SentenceStage SENTENCES = new SentenceStage(Gazetteer.of(DATA));
    static final PeopleStage PEOPLE = new PeopleStage(DATA);
    static final MeetingStage MEETINGS = new MeetingStage(DATA);

    private Stages() {
    }

    /** Sentence analysis, then people and titles. */
    static List<SentenceAnalysis> withPeople(String text, String lang, LocalDate published) {
        List<SentenceAnalysis> sentences = SENTENCES.analyse(text, lang).sentences();
        PEOPLE.resolve(sentences, published, lang);
        return sentences;
    }

    /** The stages up to meetings. */
    static List<MeetingFact> meetings(String text, String lang, LocalDate published) {
        SentenceStage.Text t = SENTENCES.analyse(text, lang);
        PEOPLE.resolve(t.sentences(), published, lang);
        return MEETINGS.meetings(t.sentences(), published, t.dateline(), lang);
    }
}
