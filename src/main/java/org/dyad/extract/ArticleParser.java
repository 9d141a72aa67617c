package org.dyad.extract;

import java.time.LocalDate;
import java.util.List;

import org.dyad.extract.gazetteer.Gazetteer;
import org.dyad.extract.stage.MeetingStage;
import org.dyad.extract.stage.PairStage;
import org.dyad.extract.stage.PeopleStage;
import org.dyad.extract.stage.SentenceStage;
import org.dyad.extract.stage.TopicStage;
import org.dyad.extract.stage.TradeStage;
import org.dyad.extract.text.ScriptLanguageDetector;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceFiles;

/**
 * Turns an article into facts — meetings, trade figures, sectors, organizations, country pairs —
 * each with the sentences that support it. A façade over the stages of {@code org.dyad.extract.stage}:
 * sentence analysis, people and titles, meetings, country pairs, trade figures, topics. Plain Java:
 * a gazetteer built from the reference files, rules per language, no model. Thread-safe once built.
 */
public final class ArticleParser {

    /** Stored with every fact; bump it when the parser's output changes. */
    public static final String VERSION = "0.1.0";

    private static volatile ArticleParser shared;

    private final SentenceStage sentences;
    private final PeopleStage people;
    private final MeetingStage meetings;

    public ArticleParser(ReferenceData data) {
        this.sentences = new SentenceStage(Gazetteer.of(data));
        this.people = new PeopleStage(data);
        this.meetings = new MeetingStage(data);
    }

    /** The parser over the reference files bundled under db/reference (built once). */
    public static ArticleParser fromReferenceFiles() {
        ArticleParser p = shared;
        if (p == null) {
            synchronized (ArticleParser.class) {
                p = shared;
                if (p == null) {
                    p = new ArticleParser(ReferenceFiles.load());
                    shared = p;
                }
            }
        }
        return p;
    }

    public ParsedArticle parse(String text, String requestedLang, LocalDate requestedPublished) {
        String lang = requestedLang != null && !requestedLang.equals("auto") ? requestedLang
                : ScriptLanguageDetector.detect(text).orElse("en");
        SentenceStage.Text analysed = sentences.analyse(text, lang);
        LocalDate published = requestedPublished != null ? requestedPublished
                : analysed.stamp() != null ? analysed.stamp() : analysed.dateline();
        people.resolve(analysed.sentences(), published, lang);
        List<MeetingFact> found = meetings.meetings(analysed.sentences(), published, analysed.dateline(), lang);
        List<String> mainPair = PairStage.mainPair(found, analysed.sentences());
        List<TradeFact> trade = TradeStage.trade(analysed.sentences(), published, mainPair);
        List<List<String>> pairs = PairStage.countryPairs(found, trade, mainPair);
        // a field of cooperation needs two parties: no relation reported, no sector
        List<Mention> sectors = pairs.isEmpty() ? List.of() : TopicStage.sectors(analysed.sentences());
        List<Mention> organizations = TopicStage.organizations(analysed.sentences());
        return new ParsedArticle(lang, published, analysed.title(), found, trade, sectors, organizations, pairs);
    }
}
