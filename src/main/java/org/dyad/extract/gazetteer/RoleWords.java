package org.dyad.extract.gazetteer;

/**
 * Office titles as the press writes them, to roles of the vocabulary (EXTRACTION.md, ROLE). A
 * deputy prime minister or a vice-president is "other"; a head of government under any title
 * (premier, chairman of the cabinet) is a prime minister.
 */
final class RoleWords {

    interface Sink {
        void accept(String lang, String phrase, String role);
    }

    private static final String[][] WORDS = {
            {"en", "president", "president"},
            {"en", "prime minister", "prime_minister"},
            {"en", "premier", "prime_minister"},
            {"en", "head of government", "prime_minister"},
            {"en", "chairman of the cabinet of ministers", "prime_minister"},
            {"en", "foreign minister", "foreign_minister"},
            {"en", "minister of foreign affairs", "foreign_minister"},
            {"en", "foreign affairs minister", "foreign_minister"},
            {"en", "minister", "minister"},
            {"en", "speaker", "speaker"},
            {"en", "chairman of the senate", "speaker"},
            {"en", "ambassador", "ambassador"},
            {"en", "deputy prime minister", "other"},
            {"en", "vice president", "other"},
            {"en", "vice-president", "other"},
            {"en", "deputy foreign minister", "other"},
            {"ru", "президент", "president"},
            {"ru", "глава государства", "president"},
            {"ru", "премьер-министр", "prime_minister"},
            {"ru", "председатель правительства", "prime_minister"},
            {"ru", "глава правительства", "prime_minister"},
            {"ru", "председатель кабинета министров", "prime_minister"},
            {"ru", "министр иностранных дел", "foreign_minister"},
            {"ru", "глава мид", "foreign_minister"},
            {"ru", "министр", "minister"},
            {"ru", "посол", "ambassador"},
            {"ru", "чрезвычайный и полномочный посол", "ambassador"},
            {"ru", "председатель сената", "speaker"},
            {"ru", "председатель мажилиса", "speaker"},
            {"ru", "председатель государственной думы", "speaker"},
            {"ru", "председатель маджлиси милли", "speaker"},
            {"ru", "спикер", "speaker"},
            {"ru", "вице-премьер", "other"},
            {"ru", "заместитель премьер-министра", "other"},
            {"ru", "заместитель председателя правительства", "other"},
            {"ru", "вице-президент", "other"},
            {"ru", "заместитель министра иностранных дел", "other"},
            {"ar", "رئيس", "president"},
            {"ar", "رئيس الجمهورية", "president"},
            {"ar", "رئيس وزراء", "prime_minister"},
            {"ar", "رئيس الوزراء", "prime_minister"},
            {"ar", "رئيس الحكومة", "prime_minister"},
            {"ar", "رئيس مجلس الوزراء", "prime_minister"},
            {"ar", "وزير الخارجية", "foreign_minister"},
            {"ar", "وزير خارجية", "foreign_minister"},
            {"ar", "وزير الشؤون الخارجية", "foreign_minister"},
            {"ar", "وزير", "minister"},
            {"ar", "سفير", "ambassador"},
            {"ar", "رئيس مجلس النواب", "speaker"},
            {"ar", "رئيس مجلس الشيوخ", "speaker"},
            {"ar", "رئيس البرلمان", "speaker"},
            {"ar", "نائب رئيس الوزراء", "other"},
            {"ar", "نائب رئيس الحكومة", "other"},
            {"ar", "نائب الرئيس", "other"},
            {"ar", "نائب وزير الخارجية", "other"},
    };

    static void forEach(Sink sink) {
        for (String[] w : WORDS) {
            sink.accept(w[0], w[1], w[2]);
        }
    }

    private RoleWords() {
    }
}
