package org.dyad.extract.stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.Mention;
import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.gazetteer.Gazetteer.Type;
import org.dyad.extract.text.Span;
import org.dyad.extract.text.Token;

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
        boolean previousAbout = false;
        for (SentenceAnalysis a : analyses) {
            // "Chinese companies signed contracts … . Most of the deals concern mining and energy.": the sentence
            // after one about the sides is about them too
            boolean about = type != Type.SECTOR || aboutTheSides(a);
            boolean sides = about || previousAbout;
            previousAbout = about;
            for (Match m : a.matches) {
                // a sentence stating a trade figure speaks of a volume, not of trade as a field of cooperation
                boolean volume = m.entry().id().equals("trade") || m.entry().id().equals("investment");
                boolean figureSentence = type == Type.SECTOR && volume && (!a.money.isEmpty() || percentage(a));
                boolean officeName = type == Type.SECTOR && (inOfficeName(a, m) || beforeOfficeWord(a, m));
                if (m.entry().type() == type && !figureSentence && !officeName && !(type == Type.SECTOR && otherSense(a, m))
                        && sides) {
                    byCode.computeIfAbsent(m.entry().id(), k -> new LinkedHashSet<>()).add(a.sentence.evidence());
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        byCode.forEach((code, spans) -> out.add(new Mention(code, List.copyOf(spans))));
        return out;
    }

    /** Stems of the words that tell what two sides do together: cooperate, discuss, agree, sign, develop, ties. */
    private static final List<String> EN_TOGETHER = List.of("cooperat", "discuss", "partner", "agree", "relation", "ties",
            "sign", "memorand", "field", "area", "sector", "talk", "boost", "enhanc", "strengthen", "develop", "collaborat",
            "explor", "promot", "expand", "deepen", "joint", "bilateral");

    /**
     * Whether a sentence speaks of the two sides: it names a country or a person, or tells what they do
     * together ("cooperation in …", "discussed …", "signed …"). A sector word elsewhere ("prices of
     * health services rose", "athletes are fighting for medals") is the article's background. English only:
     * tried on Arabic and Russian with their own stems, it lost more sectors there than it saved.
     */
    private static boolean aboutTheSides(SentenceAnalysis a) {
        if (!a.lang.equals("en") || !a.people.isEmpty()) {
            return true;
        }
        for (Match m : a.matches) {
            if (m.entry().type() == Type.COUNTRY || m.entry().type() == Type.PERSON) {
                return true;
            }
        }
        for (Token t : a.tokens) {
            String w = t.text().toLowerCase(Locale.ROOT);
            for (String stem : EN_TOGETHER) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words before "security" that make it another field's: "food security", "социальная безопасность". */
    private static final Set<String> SECURITY_OF = Set.of("social", "economic", "food", "energy", "water", "health",
            "supply", "job", "income", "продовольственной", "продовольственная", "продовольственную", "энергетической",
            "энергетическая", "энергетическую", "экономической", "экономическая", "экономическую", "социальной",
            "социальная", "интересов");
    /** Words after "الأمن" that make it another field's: "الأمن الغذائي", "الأمن المائي". */
    private static final Set<String> AR_SECURITY_OF = Set.of("الغذائي", "المائي", "الطاقوي", "الاقتصادي", "الصحي",
            "الاجتماعي", "الطاقه", "الغذاء");
    /** Words before "البناء" that make it "constructive": "التعاون البناء", "الحوار البناء". */
    private static final Set<String> AR_CONSTRUCTIVE = Set.of("التعاون", "الحوار", "الدور", "النهج", "العمل", "التواصل",
            "والتعاون", "والحوار", "للتعاون", "الشراكه", "التنسيق");

    /** "усиленных мерах безопасности" at a match, "security measures": policing, not cooperation. */
    private static final Set<String> MEASURES = Set.of("мерах", "меры", "мер", "мерами", "measures");

    /**
     * "the Security Council", "مجلس الأمن", "Совет Безопасности России": a body's name (the UN's, or a
     * country's security council), not the field of security the two sides discussed.
     */
    private static boolean councilOf(String before, String after, String word, String lang) {
        return switch (lang) {
            case "ar" -> (before.endsWith("مجلس") || before.endsWith("قوات")) && word.contains("امن"); // "لقوات الأمن": police
            case "ru" -> before.startsWith("совет") && word.startsWith("безопасност");
            default -> word.equals("security") && (after.equals("council") || after.equals("councils"));
        };
    }

    /**
     * A sector word used in another sense here: "social security", "الأمن الغذائي" (food security),
     * "التعاون البناء" (constructive cooperation), "the construction of the fast rail" / "строительство
     * коридора" (building one project of another field).
     */
    private static boolean otherSense(SentenceAnalysis a, Match m) {
        String code = m.entry().id();
        String before = m.firstToken() > 0 ? a.tokens.get(m.firstToken() - 1).text().toLowerCase(Locale.ROOT) : "";
        String after = m.endToken() < a.tokens.size() ? a.tokens.get(m.endToken()).text().toLowerCase(Locale.ROOT) : "";
        String word = a.tokens.get(m.firstToken()).text();
        if (code.equals("security_defense")) {
            return SECURITY_OF.contains(before) || a.lang.equals("ar") && AR_SECURITY_OF.contains(after)
                    || councilOf(before, after, word, a.lang) || MEASURES.contains(before) || joinedTo(a, m, PEACE)
                    || HOSTILITIES.contains(after) || a.lang.equals("ar") && HOSTILITIES.contains(before);
        }
        if (code.equals("culture")) {
            return joinedTo(a, m, HISTORY);
        }
        if (code.equals("sport")) {
            return competition(a);
        }
        if (code.equals("health")) {
            // "wished him good health", "fears for her health", "موفور الصحة والعافية": a wish, not a field
            return WISHED_HEALTH.contains(before) || a.lang.equals("ar") && (after.equals("والعافيه") || before.equals("موفور"));
        }
        if (code.equals("construction") && m.endToken() - m.firstToken() == 1) {
            return switch (a.lang) {
                case "ar" -> AR_CONSTRUCTIVE.contains(before);
                case "ru" -> word.startsWith("строительств") && m.endToken() < a.tokens.size()
                        && a.tokens.get(m.endToken()).isWord() && !after.equals("и") && !after.equals("в")
                        && !after.equals("на") && !after.equals("с");
                default -> word.equals("construction") && after.equals("of");
            };
        }
        return false;
    }

    /**
     * Words that make "military" war, not a field of cooperation: "military aggression", "военное
     * нападение", "военные действия", "التصعيد العسكري", "الأعمال العسكرية".
     */
    private static final Set<String> HOSTILITIES = Set.of("aggression", "attack", "attacks", "action", "actions",
            "escalation", "operation", "operations", "strikes", "offensive", "нападение", "нападения", "действия", "действий",
            "агрессия", "агрессии", "операция", "операции", "эскалация", "удары", "ударов", "التصعيد", "الاعمال", "العمليات",
            "العدوان", "الهجوم", "الهجمات");

    /** Words of a match reported: "beat", "обыграла", "счетом", "مباراة", "the World Cup qualifier". */
    private static final List<String> COMPETITION = List.of("match", "beat", "goal", "score", "tournament", "qualifier",
            "championship", "медал", "матч", "обыгр", "счет", "чемпионат", "турнир", "сборн", "مبارا", "بهدف", "كاس العالم",
            "بطوله", "منتخب", "medal");

    /**
     * A sentence reporting a match ("Croatia beat Serbia 2:0 in a World Cup qualifier", "Казахстан проиграл
     * Узбекистану в товарищеском матче по футболу"): sports news, not sport as a field of cooperation.
     */
    private static boolean competition(SentenceAnalysis a) {
        StringBuilder folded = new StringBuilder();
        a.tokens.forEach(tok -> folded.append(tok.text().toLowerCase(Locale.ROOT)).append(' '));
        String t = folded.toString();
        for (String w : COMPETITION) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words before "health" that make it a person's: "good health", "her health". */
    private static final Set<String> WISHED_HEALTH = Set.of("good", "his", "her", "whose");

    /** Words that, joined to "security", make the diplomats' formula "peace and security", "الأمن والاستقرار". */
    private static final Set<String> PEACE = Set.of("peace", "stability", "мира", "мир", "стабильности", "стабильность",
            "السلم", "والسلم", "السلام", "والسلام", "الاستقرار", "والاستقرار", "واستقرار");

    /** Words that, joined to "cultural", make the formula of old ties: "historical and cultural bonds". */
    private static final Set<String> HISTORY = Set.of("historical", "historic", "civilizational", "civilisational",
            "geographical", "spiritual", "исторических", "исторические", "исторической", "духовных", "التاريخيه",
            "والتاريخيه", "التاريخي", "والتاريخي", "الحضاريه", "والحضاريه");

    /**
     * A sector word joined by "and" or a comma to one of {@code words}: "peace and security", "security
     * and stability", "мира и безопасности", "الأمن والاستقرار", "السلم والأمن", "historical and cultural
     * ties" — formulas of every communiqué, which name no field the two sides cooperate in.
     */
    private static boolean joinedTo(SentenceAnalysis a, Match m, Set<String> words) {
        int first = m.firstToken();
        int end = m.endToken();
        for (int[] at : new int[][]{{first - 1, -1}, {end, 1}}) {
            int i = at[0];
            String w = i >= 0 && i < a.tokens.size() ? a.tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
            if (words.contains(w)) {
                return true;
            }
            if (w.equals("and") || w.equals(",") || w.equals("и") || w.equals("و")) {
                int j = i + at[1];
                if (j >= 0 && j < a.tokens.size() && words.contains(a.tokens.get(j).text().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A share or a growth rate ("11.2% of its external trade", "زيادة بنسبة 50%"): a volume, not a field. */
    private static boolean percentage(SentenceAnalysis a) {
        String t = a.sentence.text();
        return t.indexOf('%') >= 0 || t.indexOf('٪') >= 0 || t.contains("percent") || t.contains("процент")
                || t.contains("بالمئة") || t.contains("بالمائة") || t.contains("في المئة") || t.contains("في المائة");
    }

    private static final Set<String> OFFICE_EN = Set.of("minister", "ministry", "ministries",
            "department", "chamber", "chambers", "secretary", "commissioner", "agency");
    private static final Set<String> OFFICE_AR = Set.of("وزير", "وزاره", "وزيره", "لشؤون", "الغرف",
            "غرفه", "غرف", "هيئه", "وكيل");
    private static final java.util.regex.Pattern RU_GENITIVE = java.util.regex.Pattern.compile(
            "[а-яё-]+(ых|их|ого|его|ой|ей|ии|ия|ов|ев|ства|ения|ания|ики|ости)");
    private static final Set<String> LINK_EN = Set.of("of", "and", "for", "the", ",", "&");

    /**
     * A sector word that is part of an office's or an institution's name ("Minister of Foreign Affairs
     * and Trade", "وزارة الاقتصاد لشؤون التجارة", "министр промышленности и торговли", "الغرف التجارية")
     * names no field the sides discussed.
     */
    private static boolean capitalised(SentenceAnalysis a, Token t) {
        String original = a.nt.originalText(t.start(), t.end());
        return !original.isEmpty() && Character.isUpperCase(original.charAt(0));
    }

    /** "Turkish health minister Fahrettin Koca", "the Trade Ministry": an English office named by its field. */
    private static boolean beforeOfficeWord(SentenceAnalysis a, Match m) {
        return a.lang.equals("en") && m.endToken() < a.tokens.size()
                && OFFICE_EN.contains(a.tokens.get(m.endToken()).text().toLowerCase(Locale.ROOT));
    }

    private static boolean inOfficeName(SentenceAnalysis a, Match m) {
        for (int i = m.firstToken() - 1; i >= Math.max(0, m.firstToken() - 8); i--) {
            Token token = a.tokens.get(i);
            String w = token.text();
            String lower = w.toLowerCase(Locale.ROOT);
            boolean office = switch (a.lang) {
                case "en" -> OFFICE_EN.contains(lower);
                case "ar" -> OFFICE_AR.contains(w) || w.length() > 2 && OFFICE_AR.contains(w.substring(1));
                default -> lower.startsWith("министр") || lower.startsWith("министерств") || lower.startsWith("палат");
            };
            if (office) {
                return true;
            }
            boolean link = switch (a.lang) {
                case "en" -> LINK_EN.contains(lower) || capitalised(a, token);
                // "министр природных ресурсов и экологии": the genitive words of a ministry's name
                case "ru" -> m.firstToken() - i <= 2 && w.chars().allMatch(Character::isLetter)
                        || m.firstToken() - i <= 5 && (lower.equals("и") || RU_GENITIVE.matcher(lower).matches());
                default -> m.firstToken() - i <= 2 && w.chars().allMatch(Character::isLetter);
            };
            if (!link) {
                return false;
            }
        }
        return false;
    }
}
