package org.dyad.extract.gazetteer;

/**
 * Office titles as the press writes them, to roles of the vocabulary (EXTRACTION.md, ROLE): a king,
 * emir or sultan is a monarch; a head of government under any title (premier, chancellor, chairman
 * of the cabinet) is a prime minister; "counterpart" ("نظيره", "коллега") takes the office of the
 * other side, decided by the parser.
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
            {"en", "deputy prime minister", "deputy_prime_minister"},
            {"en", "first deputy prime minister", "deputy_prime_minister"},
            {"en", "vice president", "vice_president"},
            {"en", "vice-president", "vice_president"},
            {"en", "king", "monarch"},
            {"en", "emir", "monarch"},
            {"en", "amir", "monarch"},
            {"en", "sultan", "monarch"},
            {"en", "crown prince", "crown_prince"},
            {"en", "chancellor", "prime_minister"},
            {"en", "federal chancellor", "prime_minister"},
            {"en", "foreign secretary", "foreign_minister"},
            {"en", "secretary of state", "foreign_minister"},
            {"en", "external affairs minister", "foreign_minister"},
            {"en", "minister of external affairs", "foreign_minister"},
            {"en", "minister for foreign affairs", "foreign_minister"},
            {"en", "top diplomat", "foreign_minister"},
            {"en", "counterpart", "counterpart"},
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
            {"ru", "вице-премьер", "deputy_prime_minister"},
            {"ru", "первый вице-премьер", "deputy_prime_minister"},
            {"ru", "заместитель премьер-министра", "deputy_prime_minister"},
            {"ru", "заместитель председателя правительства", "deputy_prime_minister"},
            {"ru", "вице-президент", "vice_president"},
            {"ru", "король", "monarch"},
            {"ru", "эмир", "monarch"},
            {"ru", "султан", "monarch"},
            {"ru", "наследный принц", "crown_prince"},
            {"ru", "кронпринц", "crown_prince"},
            {"ru", "канцлер", "prime_minister"},
            {"ru", "федеральный канцлер", "prime_minister"},
            {"ru", "госсекретарь", "foreign_minister"},
            {"ru", "государственный секретарь", "foreign_minister"},
            {"ru", "глава внешнеполитического ведомства", "foreign_minister"},
            {"ru", "министр иностранных дел и международного сотрудничества", "foreign_minister"},
            {"ru", "коллега", "counterpart"},
            {"ru", "визави", "counterpart"},
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
            {"ar", "نائب رئيس الوزراء", "deputy_prime_minister"},
            {"ar", "نائب رئيس مجلس الوزراء", "deputy_prime_minister"},
            {"ar", "نائب رئيس الحكومة", "deputy_prime_minister"},
            {"ar", "نائب الرئيس", "vice_president"},
            {"ar", "نائب رئيس الجمهورية", "vice_president"},
            {"ar", "ملك", "monarch"},
            {"ar", "العاهل", "monarch"},
            {"ar", "عاهل", "monarch"},
            {"ar", "أمير", "monarch"},
            {"ar", "سلطان", "monarch"},
            {"ar", "ولي العهد", "crown_prince"},
            {"ar", "ولي عهد", "crown_prince"},
            {"ar", "المستشار", "prime_minister"},
            {"ar", "وزير الخارجية والمغتربين", "foreign_minister"},
            {"ar", "وزير الخارجية وشؤون المغتربين", "foreign_minister"},
            {"ar", "وزير الخارجية والتعاون الدولي", "foreign_minister"},
            {"ar", "وزير الشؤون الخارجية والتعاون الدولي", "foreign_minister"},
            {"ar", "نظيره", "counterpart"},
            {"ar", "نظيرته", "counterpart"},
            {"ar", "نظيرها", "counterpart"},
            {"ar", "نظيرتها", "counterpart"},
            {"ar", "نظيريه", "counterpart"},
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
