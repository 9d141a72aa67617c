package org.dyad.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dyad.extract.text.Token;

/**
 * Words that signal a meeting, its kind, or that it is not a meeting that happened (announced for
 * later, or recalled from the past), per language, matched on folded tokens (Arabic clitics peeled,
 * Russian and English by stem).
 */
final class Triggers {

    enum Signal {
        STATE_VISIT, OFFICIAL_VISIT, WORKING_VISIT, VISIT, TALKS, PHONE, VIDEO, SUMMIT, SIDELINES, RECEPTION, MEETING,
        FUTURE, BACKGROUND
    }

    private static final List<String> AR_PREFIXES = List.of("وب", "ول", "وال", "بال", "و", "ف", "ب", "ل", "ال");

    static Set<Signal> detect(List<Token> tokens, String lang) {
        Set<Signal> s = EnumSet.noneOf(Signal.class);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            String prev = i > 0 ? tokens.get(i - 1).text() : "";
            switch (lang) {
                case "ar" -> arabic(s, w, next);
                case "ru" -> russian(s, w, next, prev);
                default -> english(s, w, next, prev);
            }
        }
        return s;
    }

    private static boolean ar(String w, String... forms) {
        for (String f : forms) {
            if (w.equals(f)) {
                return true;
            }
            for (String p : AR_PREFIXES) {
                if (w.length() > p.length() + 2 && w.startsWith(p) && w.substring(p.length()).equals(f)) {
                    return true;
                }
                if (w.length() > p.length() + 2 && w.startsWith(p) && ("ال" + w.substring(p.length())).equals(f)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void arabic(Set<Signal> s, String w, String next) {
        if (ar(w, "زياره", "الزياره", "زيارته", "زيارتها")) {
            if (ar(next, "دوله")) {
                s.add(Signal.STATE_VISIT);
            } else if (ar(next, "رسميه")) {
                s.add(Signal.OFFICIAL_VISIT);
            } else if (ar(next, "عمل")) {
                s.add(Signal.WORKING_VISIT);
            } else {
                s.add(Signal.VISIT);
            }
        }
        if (ar(w, "يزور", "تزور", "زار", "وصل", "يصل")) {
            s.add(Signal.VISIT);
        }
        if (ar(w, "محادثات", "مباحثات", "مفاوضات", "المحادثات", "المباحثات", "المفاوضات")) {
            s.add(Signal.TALKS);
        }
        if (ar(w, "هاتفي", "هاتفيا", "هاتفيه", "الهاتف", "هاتفيًا")) {
            s.add(Signal.PHONE);
        }
        if (ar(w, "المرئي", "الفيديو", "المرئيه", "افتراضي", "الافتراضي")) {
            s.add(Signal.VIDEO);
        }
        if (ar(w, "قمه", "القمه")) {
            s.add(Signal.SUMMIT);
        }
        if (ar(w, "هامش")) {
            s.add(Signal.SIDELINES);
        }
        if (ar(w, "استقبل", "يستقبل", "استقبال", "استقبله")) {
            s.add(Signal.RECEPTION);
        }
        if (ar(w, "لقاء", "اللقاء", "التقي", "يلتقي", "اجتمع", "يجتمع", "اجتماع", "الاجتماع", "لقائه", "اجتماعا")) {
            s.add(Signal.MEETING);
        }
        if (ar(w, "سيزور", "سيقوم", "سيجري", "سيعقد", "ستعقد", "سيلتقي", "المقرر", "المرتقب", "المرتقبه", "غدا",
                "القادمه", "المقبله", "القادم", "سيتوجه", "سيصل")) {
            s.add(Signal.FUTURE);
        }
        if (ar(w, "سابقا", "سبق", "سابق")) {
            s.add(Signal.BACKGROUND);
        }
    }

    private static boolean stem(String w, String... stems) {
        for (String st : stems) {
            if (w.startsWith(st)) {
                return true;
            }
        }
        return false;
    }

    private static void russian(Set<Signal> s, String w, String next, String prev) {
        if (stem(w, "визит")) {
            if (stem(prev, "государствен")) {
                s.add(Signal.STATE_VISIT);
            } else if (stem(prev, "официальн")) {
                s.add(Signal.OFFICIAL_VISIT);
            } else if (stem(prev, "рабоч")) {
                s.add(Signal.WORKING_VISIT);
            } else {
                s.add(Signal.VISIT);
            }
        }
        if (stem(w, "посетил", "посещени", "прибыл", "находится")) {
            s.add(Signal.VISIT);
        }
        if (stem(w, "переговор")) {
            s.add(Signal.TALKS);
        }
        if (stem(w, "телефон")) {
            s.add(Signal.PHONE);
        }
        if (stem(w, "видеоконференц", "видеосвяз", "видеоформат")) {
            s.add(Signal.VIDEO);
        }
        if (stem(w, "саммит")) {
            s.add(Signal.SUMMIT);
        }
        if (w.equals("полях") && prev.equals("на")) {
            s.add(Signal.SIDELINES);
        }
        if (stem(w, "принял", "принимал", "принимает")) {
            s.add(Signal.RECEPTION);
        }
        if (stem(w, "встреч", "встрети", "встретил")) {
            s.add(Signal.MEETING);
        }
        if (stem(w, "посетит", "прибудет", "состоится", "планируется", "запланирован", "предстоящ", "пройдет",
                "проведут", "проведет", "завтра", "намерен", "ожидается", "посетят")) {
            s.add(Signal.FUTURE);
        }
        if (stem(w, "ранее", "прежде") || (w.equals("прошлый") && next.equals("раз"))) {
            s.add(Signal.BACKGROUND);
        }
    }

    private static void english(Set<Signal> s, String w, String next, String prev) {
        if (stem(w, "visit")) {
            switch (prev) {
                case "state" -> s.add(Signal.STATE_VISIT);
                case "official" -> s.add(Signal.OFFICIAL_VISIT);
                case "working" -> s.add(Signal.WORKING_VISIT);
                default -> s.add(Signal.VISIT);
            }
        }
        if (w.equals("arrived")) {
            s.add(Signal.VISIT);
        }
        if (w.equals("talks") || stem(w, "negotiation")) {
            s.add(Signal.TALKS);
        }
        if (w.equals("phone") || w.equals("telephone")) {
            s.add(Signal.PHONE);
        }
        if (stem(w, "video") || w.equals("virtual") || w.equals("online")) {
            s.add(Signal.VIDEO);
        }
        if (stem(w, "summit")) {
            s.add(Signal.SUMMIT);
        }
        if (stem(w, "sideline") || (w.equals("margins") && prev.equals("the"))) {
            s.add(Signal.SIDELINES);
        }
        if (w.equals("received") || w.equals("receives") || w.equals("welcomed") || w.equals("hosted")) {
            s.add(Signal.RECEPTION);
        }
        if (w.equals("met") || w.equals("meets") || w.equals("meeting") || w.equals("meet")) {
            s.add(Signal.MEETING);
        }
        if (w.equals("will") || w.equals("tomorrow") || w.equals("upcoming") || w.equals("scheduled")
                || w.equals("expected") || w.equals("plans") || w.equals("planned")
                || (w.equals("to") && stem(next, "visit"))) {
            s.add(Signal.FUTURE);
        }
        if (w.equals("earlier") || w.equals("previously") || w.equals("formerly")) {
            s.add(Signal.BACKGROUND);
        }
    }

    private Triggers() {
    }
}
