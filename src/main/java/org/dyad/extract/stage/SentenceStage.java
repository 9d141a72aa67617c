package org.dyad.extract.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dyad.extract.gazetteer.Gazetteer;
import org.dyad.extract.money.MoneyParser;
import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Sentence;
import org.dyad.extract.text.SentenceSplitter;
import org.dyad.extract.time.DateFinder;
import org.dyad.extract.time.DateMention;
import org.dyad.extract.text.Tokenizer;

/**
 * Sentence analysis: normalizes the text, splits it into sentences and finds in each the tokens,
 * the gazetteer's entries (countries, titles, people, sectors, organizations), dates, amounts of
 * money and meeting cues; and, for the article, its date stamp, dateline date and title.
 * Thread-safe once built.
 */
public final class SentenceStage {

    /**
     * The analysed article.
     *
     * @param stamp the date a saved page starts with ("2024-09-16 …"): its publication date
     * @param dateline the first full date of the first three sentences
     * @param title the first line, when it is a title
     */
    public record Text(String lang, NormalizedText normalized, List<SentenceAnalysis> sentences, LocalDate stamp,
                       LocalDate dateline, String title) {}

    private final Gazetteer gazetteer;

    public SentenceStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Text analyse(String text, String lang) {
        NormalizedText nt = NormalizedText.of(text);
        List<Sentence> sentences = SentenceSplitter.split(nt);
        List<SentenceAnalysis> analyses = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            SentenceAnalysis a = new SentenceAnalysis();
            a.nt = nt;
            a.lang = lang;
            a.sentence = s;
            a.tokens = Tokenizer.tokenize(nt.text(), s.start(), s.end());
            a.matches = withoutFalseMatches(gazetteer.match(nt, a.tokens, lang), a.tokens);
            a.dates = DateFinder.find(a.tokens, lang);
            a.money = MoneyParser.find(a.tokens, lang);
            a.signals = Triggers.detect(a.tokens, lang, a.cues);
            analyses.add(a);
        }
        LocalDate stamp = dateStamp(nt, analyses);
        return new Text(lang, nt, analyses, stamp, datelineDate(analyses), title(text, sentences));
    }

    /**
     * The matches the words around them undo: a dollar's country, part of the currency and not a country the text
     * speaks of ("US$91.4 billion", "NZ$1.4b", "20 مليون دولار أمريكي", "млрд долларов США", "US dollars"), and a known
     * person's name after "bin", the father's in someone else's name ("الأمير بدر بن سلطان بن عبدالعزيز").
     */
    private static List<Gazetteer.Match> withoutFalseMatches(List<Gazetteer.Match> matches, List<org.dyad.extract.text.Token> tokens) {
        List<Gazetteer.Match> out = new ArrayList<>(matches.size());
        for (Gazetteer.Match m : matches) {
            String before = m.firstToken() > 0 ? tokens.get(m.firstToken() - 1).text() : "";
            String after = m.endToken() < tokens.size() ? tokens.get(m.endToken()).text() : ""; // (folded: lower case)
            boolean currency = m.entry().type() == Gazetteer.Type.COUNTRY && (after.equals("$")
                    && tokens.get(m.endToken()).start() == tokens.get(m.endToken() - 1).end()
                    || DOLLAR.contains(before) || DOLLAR.contains(after));
            boolean father = m.entry().type() == Gazetteer.Type.PERSON && Gazetteer.PATRONYMIC.contains(before);
            if (!currency && !father) {
                out.add(m);
            }
        }
        return out;
    }

    /** A dollar in words, beside which a country names whose dollar it is. */
    private static final java.util.Set<String> DOLLAR = java.util.Set.of("دولار", "الدولار", "دولارا", "دولارات",
            "بالدولار", "доллар", "доллара", "долларов", "долларах", "dollar", "dollars");

    private static final Pattern STAMP = Pattern.compile(
            "\\s*(?:date\\s*:?\\s*)?\\d{4}-\\d{2}-\\d{2}\\b");

    /**
     * A page saved from the web often starts with its date as a stamp ("2024-09-16 …", "date
     * 2024-09-16"): that is when it was published, not a date the article speaks of, so it is taken
     * out of the first sentence's dates.
     */
    private static LocalDate dateStamp(NormalizedText nt, List<SentenceAnalysis> analyses) {
        Matcher m = STAMP.matcher(nt.text());
        if (analyses.isEmpty() || !m.lookingAt()) {
            return null;
        }
        SentenceAnalysis first = analyses.getFirst();
        for (DateMention d : first.dates) {
            if (d.kind() == DateMention.Kind.DAY && d.end() <= m.end() + 1) {
                first.dates = new ArrayList<>(first.dates);
                first.dates.remove(d);
                return d.date();
            }
        }
        return null;
    }

    private static LocalDate datelineDate(List<SentenceAnalysis> analyses) {
        for (int i = 0; i < Math.min(3, analyses.size()); i++) {
            for (DateMention d : analyses.get(i).dates) {
                if (d.kind() == DateMention.Kind.DAY) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** The first line is a title when it stands alone on its line, is short and has no final stop. */
    private static String title(String text, List<Sentence> sentences) {
        if (sentences.size() < 2) {
            return null;
        }
        Sentence first = sentences.getFirst();
        int lineEnd = text.indexOf('\n');
        String line = text.substring(first.evidence().start(), first.evidence().end());
        if (lineEnd >= 0 && first.evidence().end() <= lineEnd && line.length() <= 300
                && !line.endsWith(".") && line.split("\\s+").length <= 30) {
            return line;
        }
        return null;
    }
}
