package org.dyad.extract.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.dyad.extract.Mention;
import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.gazetteer.Gazetteer.Type;
import org.dyad.extract.text.Span;

/** Sectors and organizations: the ones the gazetteer found, each with the sentences naming it. Stateless. */
public final class TopicStage {

    private TopicStage() {
    }

    public static List<Mention> sectors(List<SentenceAnalysis> analyses) {
        return mentions(analyses, Type.SECTOR);
    }

    public static List<Mention> organizations(List<SentenceAnalysis> analyses) {
        return mentions(analyses, Type.ORGANIZATION);
    }

    private static List<Mention> mentions(List<SentenceAnalysis> analyses, Type type) {
        Map<String, LinkedHashSet<Span>> byCode = new LinkedHashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (Match m : a.matches) {
                // a sentence stating a trade figure speaks of a volume, not of trade as a field of cooperation
                boolean figureSentence = type == Type.SECTOR && !a.money.isEmpty()
                        && (m.entry().id().equals("trade") || m.entry().id().equals("investment"));
                if (m.entry().type() == type && !figureSentence) {
                    byCode.computeIfAbsent(m.entry().id(), k -> new LinkedHashSet<>()).add(a.sentence.evidence());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        byCode.forEach((code, spans) -> out.add(new Mention(code, List.copyOf(spans))));
        return out;
    }
}
