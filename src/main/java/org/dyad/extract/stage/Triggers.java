package org.dyad.extract.stage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.text.Token;

/**
 * Words that signal a meeting, its kind, or that it is not a meeting that happened (announced for
 * later, or recalled from the past), per language, matched on folded tokens (Arabic clitics peeled,
 * Russian and English by stem).
 */
public final class Triggers {

    public enum Signal {
        STATE_VISIT, OFFICIAL_VISIT, WORKING_VISIT, VISIT, TALKS, PHONE, VIDEO, SUMMIT, SIDELINES, RECEPTION, MEETING,
        /** A dinner, a luncheon, a banquet one gave for the other: a meeting of no kind of its own. */
        MEAL,
        FUTURE, BACKGROUND,
        /** "last month", "на прошлой неделе", "الشهر الماضي": a time in the past, if not a day (with BACKGROUND). */
        LAST_PERIOD
    }

    private static final List<String> AR_PREFIXES = List.of("وب", "ول", "وال", "بال", "و", "ف", "ب", "ل", "ال");

    /** Signals that say a meeting took place and of what kind (not FUTURE or BACKGROUND). */
    static final Set<Signal> CUES = EnumSet.of(Signal.STATE_VISIT, Signal.OFFICIAL_VISIT, Signal.WORKING_VISIT,
            Signal.VISIT, Signal.TALKS, Signal.PHONE, Signal.VIDEO, Signal.SUMMIT, Signal.SIDELINES, Signal.RECEPTION,
            Signal.MEETING, Signal.MEAL);

    /** How far (in tokens) before a cue, and after it, a word of the future makes it an announcement. */
    private static final int FUTURE_BEFORE = 6;
    private static final int FUTURE_AFTER = 6;

    /**
     * The signals of a sentence. FUTURE only when a word of the future stands near a meeting cue ("will
     * visit", "سيزور", "визит состоится"): "we have plans to increase trade" in a quote does not make
     * the talks it follows an announcement.
     */
    static Set<Signal> detect(List<Token> tokens, String lang) {
        return detect(tokens, lang, new java.util.ArrayList<>());
    }

    /** As {@link #detect(List, String)}, adding the indexes of the tokens that are meeting cues to {@code cues}. */
    static Set<Signal> detect(List<Token> tokens, String lang, List<Integer> cues) {
        Set<Signal> s = EnumSet.noneOf(Signal.class);
        List<Integer> future = new java.util.ArrayList<>();
        Set<Signal> one = EnumSet.noneOf(Signal.class);
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            String prev = i > 0 ? tokens.get(i - 1).text() : "";
            String prev2 = i > 1 ? tokens.get(i - 2).text() : "";
            one.clear();
            switch (lang) {
                case "ar" -> arabic(one, w, next);
                case "ru" -> russian(one, w, next, prev);
                default -> english(one, w, next, i + 2 < tokens.size() ? tokens.get(i + 2).text() : "",
                        i + 3 < tokens.size() ? tokens.get(i + 3).text() : "",
                        i + 4 < tokens.size() ? tokens.get(i + 4).text() : "", prev, prev2);
            }
            if (lang.equals("en") && (w.equals("called") || w.equals("calls") || w.equals("calling")) && next.equals("on")
                    && !urged(tokens, i + 2)) {
                // "Prime Minister Oli called on President Hamid and discussed …" (not "called on the parties to …": urged)
                one.add(Signal.MEETING);
            }
            if (lang.equals("ar") && SPOKE.contains(w) && withWithin(tokens, i, 8)) {
                one.add(Signal.MEETING); // "تحدث هو ورئيسة وزراء إيطاليا مع الرئيس الأمريكي": spoke with
            }
            if (!java.util.Collections.disjoint(one, LEVELS) && negated(tokens, i)) {
                one.removeAll(LEVELS);
                one.add(Signal.VISIT); // "it was not a state visit": a visit, of no level said
            }
            if (one.remove(Signal.FUTURE)) {
                future.add(i);
            }
            if (!java.util.Collections.disjoint(one, CUES)) {
                cues.add(i);
            }
            s.addAll(one);
        }
        if (!future.isEmpty() && !cues.isEmpty() && cues.stream()
                .allMatch(c -> future.stream().anyMatch(f -> c - f <= FUTURE_BEFORE && f - c <= FUTURE_AFTER))) {
            s.add(Signal.FUTURE);
        }
        return s;
    }

    /** Whether "to" follows within a few words: "called on all parties to show restraint" urges, it is no visit. */
    private static boolean urged(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 12); k++) {
            String t = tokens.get(k).text();
            if (t.equals("to")) {
                return true;
            }
            if (t.equals(".") || t.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SPOKE = Set.of("تحدث", "وتحدث", "تحدثا", "تحادث", "وتحادث", "تحادثا");

    private static boolean withWithin(List<Token> tokens, int i, int window) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + window); k++) {
            if (tokens.get(k).text().equals("مع")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Signal> LEVELS = EnumSet.of(Signal.STATE_VISIT, Signal.OFFICIAL_VISIT, Signal.WORKING_VISIT);
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "isn't", "wasn't", "не", "нет", "ليست", "ليس",
            "لم", "لن", "غير");

    /** Whether a negation stands among the three words before the token ("not a state visit", "не государственный визит"). */
    private static boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATIONS.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ATTENDING = Set.of("joining", "joined", "present", "attended", "accompanied",
            "accompanying", "присутствовал", "присутствовали", "присутствовала", "сопровождал", "сопровождали",
            "حضر", "حضره", "بحضور", "وبحضور", "رافقه", "يرافقه", "ورافقه");

    /** Whether a sentence tells who else was at a meeting ("Joining the conversation were …", "كما حضر اللقاء …"). */
    static boolean attendance(List<Token> tokens) {
        for (Token t : tokens) {
            if (attending(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence opens with who attended ("وحضر اللقاء …", "Also present at the talks were …", "На
     * встрече присутствовали …"): then the meeting it names is the one just told, not another.
     */
    static boolean attendanceFirst(List<Token> tokens) {
        List<Token> words = tokens.stream().filter(Token::isWord).limit(7).toList();
        for (int i = 0; i < Math.min(4, words.size()); i++) { // "The meeting was attended by …"
            if (attending(words.get(i)) && !words.get(i).text().equals("حضره")) { // "حضرة صاحب الجلالة": His Majesty
                for (int j = Math.max(0, i - 2); j <= Math.min(words.size() - 1, i + 3); j++) {
                    if (withConjunction(MEETING_NOUNS, words.get(j).text())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The meeting an attendance sentence names: "وحضر اللقاء", "present at the talks", "На встрече присутствовали". */
    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "meetings", "talks", "conversation", "discussions",
            "call", "session", "встрече", "встречи", "переговорах", "переговоров", "беседе", "беседы", "اللقاء", "اللقاءين",
            "المباحثات", "الاجتماع", "المحادثات", "الاتصال", "المقابله", "الجلسه", "اللقاءات");

    private static boolean attending(Token t) {
        return withConjunction(ATTENDING, t.text());
    }

    /** Whether the word, or the word without an Arabic "و" or "ف" written onto it ("وحضر", "والمباحثات"), is in {@code words}. */
    private static boolean withConjunction(Set<String> words, String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return words.contains(w) || w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && words.contains(w.substring(1));
    }

    /** The token and its forms without a leading clitic (and with the article restored after "لل"). */
    private static List<String> arVariants(String w) {
        List<String> out = new java.util.ArrayList<>(6);
        out.add(w);
        for (String p : AR_PREFIXES) {
            if (w.length() > p.length() + 2 && w.startsWith(p)) {
                String rest = w.substring(p.length());
                out.add(rest);
                out.add("ال" + rest);
            }
        }
        return out;
    }

    private static boolean any(List<String> variants, Set<String> forms) {
        for (String v : variants) {
            if (forms.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AR_VISIT_NOUN = Set.of("زياره", "الزياره", "زيارته", "زيارتها");
    private static final Set<String> AR_VISIT_VERB = Set.of("يزور", "تزور", "زار", "وصل", "يصل");
    private static final Set<String> AR_TALKS = Set.of("محادثات", "مباحثات", "مفاوضات", "المحادثات", "المباحثات", "المفاوضات",
            "مشاورات", "المشاورات");
    private static final Set<String> AR_PHONE = Set.of("هاتفي", "هاتفيا", "هاتفيه", "الهاتف", "مكالمه", "المكالمه",
            "مكالمته", "اتصالا", "الاتصال");
    private static final Set<String> AR_VIDEO = Set.of("المرئي", "الفيديو", "المرئيه", "افتراضي", "الافتراضي");
    private static final Set<String> AR_SUMMIT = Set.of("قمه", "القمه");
    private static final Set<String> AR_SIDELINES = Set.of("هامش");
    private static final Set<String> AR_RECEPTION = Set.of("استقبل", "يستقبل", "تستقبل", "استقبال", "استقبله", "استقباله",
            "استقبالها", "استقبالهم");
    private static final Set<String> AR_MEETING = Set.of("لقاء", "اللقاء", "التقي", "يلتقي", "اجتمع", "يجتمع", "اجتماع",
            "الاجتماع", "لقائه", "اجتماعا", "ناقش", "يناقش", "بحث", "يبحث", "تباحث", "يتباحث", "بحثا", "ناقشا");
    private static final Set<String> AR_MEAL = Set.of("مادبه", "عشاء", "العشاء", "غداء", "الغداء", "وليمه");
    private static final Set<String> AR_FUTURE = Set.of("سيزور", "سيقوم", "سيجري", "سيعقد", "ستعقد", "سيلتقي", "المقرر",
            "المرتقب", "المرتقبه", "المحتمل", "يحتمل", "غدا", "القادمه", "المقبله", "القادم", "سيتوجه", "سيصل", "امكانيه", "يستبعد",
            "تتطلع", "يتطلع", "نتطلع", "اتطلع"); // "تتطلع إلى استضافة ولي العهد": looks forward to hosting
    private static final Set<String> AR_BACKGROUND = Set.of("سابقا", "سبق", "سابق", "مؤخرا");
    /** An invitation (not "بدعوة من", at the invitation): the visit it asks for is to come. */
    private static final Set<String> AR_INVITATION = Set.of("دعوه", "الدعوه", "دعوته", "دعوتها", "ودعوه", "والدعوه", "ودعا",
            "دعا");

    /** The Arabic word lists and the signal each gives (the visit noun is read with the word after it). */
    private static final Map<Set<String>, Signal> AR_WORDS = Map.ofEntries(
            Map.entry(AR_VISIT_VERB, Signal.VISIT), Map.entry(AR_TALKS, Signal.TALKS), Map.entry(AR_PHONE, Signal.PHONE),
            Map.entry(AR_VIDEO, Signal.VIDEO), Map.entry(AR_SUMMIT, Signal.SUMMIT), Map.entry(AR_SIDELINES, Signal.SIDELINES),
            Map.entry(AR_RECEPTION, Signal.RECEPTION), Map.entry(AR_MEETING, Signal.MEETING), Map.entry(AR_MEAL, Signal.MEAL),
            Map.entry(AR_FUTURE, Signal.FUTURE), Map.entry(AR_BACKGROUND, Signal.BACKGROUND));

    private static final Set<String> AR_PREPARING = Set.of("التحضير", "تحضيرا", "للتحضير");
    private static final Set<String> AR_TO_VISIT = Set.of("لزياره", "للزياره", "زياره");

    private static void arabic(Set<Signal> s, String w, String next) {
        List<String> v = arVariants(w);
        if (any(v, AR_VISIT_NOUN)) {
            List<String> n = arVariants(next);
            if (n.contains("دوله")) {
                s.add(Signal.STATE_VISIT);
            } else if (n.contains("رسميه")) {
                s.add(Signal.OFFICIAL_VISIT);
            } else if (n.contains("عمل")) {
                s.add(Signal.WORKING_VISIT);
            } else {
                s.add(Signal.VISIT);
            }
        }
        if (any(v, Set.of("صحفي", "الصحفي")) && arVariants(next).contains("مشترك")) {
            s.add(Signal.MEETING); // "في مؤتمر صحفي مشترك مع نظيره": they met
        }
        if (any(v, AR_PREPARING) && any(arVariants(next), AR_TO_VISIT)) {
            s.add(Signal.FUTURE); // "التحضير لزيارة الرئيس": the visit being prepared is to come
        }
        if (AR_INVITATION.contains(w)) {
            s.add(Signal.FUTURE); // "قبل دعوة رامافوزا للقيام بزيارة دولة": a visit to come ("بدعوة من": at the invitation)
        }
        if ((any(v, Set.of("الشهر", "الاسبوع"))) && arVariants(next).contains("الماضي")) {
            s.add(Signal.BACKGROUND); // "الشهر الماضي": last month
            s.add(Signal.LAST_PERIOD);
        }
        for (Map.Entry<Set<String>, Signal> e : AR_WORDS.entrySet()) {
            if (any(v, e.getKey())) {
                s.add(e.getValue());
            }
        }
        if (s.contains(Signal.SIDELINES) && any(arVariants(next), AR_VISIT_NOUN)) {
            s.remove(Signal.SIDELINES); // "على هامش زيارته": during the visit, a meeting of the visit, not of a summit
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
        if (stem(w, "переговор", "консультаци")) { // "провели политические консультации", as "مشاورات"
            s.add(Signal.TALKS);
        }
        if (stem(w, "телефон", "позвонил", "созвонил", "звонок", "звонка")) {
            s.add(Signal.PHONE);
        }
        if (stem(w, "обед", "ужин", "банкет")) {
            s.add(Signal.MEAL);
        }
        if (stem(w, "видеоконференц", "видеосвяз", "видеоформат")) {
            s.add(Signal.VIDEO);
        }
        if (stem(w, "саммит")) {
            s.add(Signal.SUMMIT);
        }
        if (w.equals("полях") && prev.equals("на") || stem(w, "кулуар")) { // "в кулуарах заседания"
            s.add(Signal.SIDELINES);
        }
        if (stem(w, "принял", "принимал", "принимает", "принимая") || w.equals("принят") || w.equals("принята")) {
            s.add(Signal.RECEPTION);
        }
        if (stem(w, "встреч", "встрети", "встретил", "беседа", "беседу", "беседе", "побеседовал", "обсудил", "обсуждал",
                "заседани", "церемони") || stem(w, "пресс-конференц") && stem(prev, "совместн")
                // "Ильхам Алиев и Мухаммад Наваз Шариф выступили с заявлениями для печати": the two met the press together
                || stem(w, "заявлениям", "заявления") && next.equals("для")) {
            s.add(Signal.MEETING);
        }
        if (stem(w, "исключ") && prev.equals("не")) {
            s.add(Signal.FUTURE); // "не исключил своего визита": not a visit that took place
        }
        if (stem(w, "посетит", "прибудет", "состоится", "планируется", "запланирован", "предстоящ", "пройдет",
                "проведут", "проведет", "завтра", "намерен", "ожидается", "посетят", "возможност", "возможн",
                "преддвери", "ждут", "ждет", "ожидает", "ожидают") // "в преддверии визита", "ждут визита Путина"
                // "в рамках подготовки визита" (not "обсудили по телефону подготовку к саммиту": the call took place)
                || stem(w, "подготовк") && stem(next, "визит", "поездк")
                || w.equals("будет") || w.equals("будут") || stem(w, "предложил") && stem(next, "встрет", "провест", "посет")
                // "принял приглашение посетить", "пригласил посетить" ("по приглашению": at the invitation; "пригласил на
                // встречу": to the meeting told)
                || w.equals("приглашение") || stem(w, "пригласил") && stem(next, "посет", "приех", "с визитом")
                // "Путин может провести встречу с Ван И": a meeting that may be
                || (w.equals("может") || w.equals("могут")) && stem(next, "провест", "встрет", "посет", "состоят")) {
            s.add(Signal.FUTURE); // "это будет второй визит", "предложил встретиться в городе Нара"
        }
        if (stem(w, "ранее", "прежде", "предыдущ", "недавн") || (w.equals("прошлый") && next.equals("раз"))) {
            s.add(Signal.BACKGROUND);
        }
        if (stem(w, "прошл") && stem(next, "месяц", "недел")) {
            s.add(Signal.BACKGROUND);
            s.add(Signal.LAST_PERIOD);
        }
    }

    private static final Set<String> CALL_BEFORE = Set.of("a", "an", "the", "phone", "telephone", "their", "his", "her",
            "excellent", "respectful", "productive", "cordial", "warm", "friendly", "lengthy", "long", "brief");

    /** Who is spoken to when it is no call: "speaks to press", "spoke to reporters". */
    private static final Set<String> PRESS = Set.of("press", "reporters", "journalists", "media");

    /** "welcomed the remarkable progress", "welcomed efforts": what is welcomed is no guest. */
    private static final Set<String> WELCOMED_NOT_A_GUEST = Set.of("progress", "decision", "agreement", "agreements",
            "signing", "outcome", "outcomes", "results", "initiative", "initiatives", "steps", "efforts", "growth",
            "development", "developments", "opportunity", "proposal", "announcement", "move", "launch", "establishment",
            "conclusion", "adoption", "resumption", "positive", "remarkable", "continued", "ongoing", "successful",
            "strengthening", "expansion", "increase", "holding", "deal", "news", "participation", "role", "commitment",
            "statement", "election", "ceasefire", "release", "progressive", "significant", "steady", "growing", "fact",
            "recent", "upcoming", "plan", "plans", "idea", "support", "interest");

    private static void english(Set<Signal> s, String w, String next, String next2, String next3, String next4, String prev,
            String prev2) {
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
        if (w.equals("talks") || w.equals("consultations") || stem(w, "negotiation") || w.equals("discussions") && (prev.equals("held") || prev2.equals("held") || next.equals("with"))
                || w.equals("conferred") && next.equals("with")) { // "In discussions with President Joseph Boakai"
            s.add(Signal.TALKS);
        }
        if ((w.equals("phone") || w.equals("telephone")) && !Set.of("cell", "mobile", "smart", "camera").contains(prev)
                || w.equals("phoned") || w.equals("telephoned")
                || (w.equals("call") || w.equals("calls")) && (CALL_BEFORE.contains(prev) || next.equals("with"))
                || (w.equals("spoke") || w.equals("speaks")) && (next.equals("with") || next.equals("to")
                || next.equals("yesterday") || next.equals("today") || next.equals("by"))
                && !PRESS.contains(next2)) {
            // "a phone call", "an excellent call", "Secretary Blinken's Call with …"; a readout's "The Prime Minister
            // spoke to President Biden this evening", "spoke yesterday with …" (in person, a sentence says more)
            s.add(Signal.PHONE);
        }
        if (w.equals("dinner") || w.equals("luncheon") || w.equals("banquet") || w.equals("lunch")) {
            s.add(prev.equals("state") ? Signal.STATE_VISIT : Signal.MEAL); // "a state banquet in honour of …": a state visit's
        }
        if (stem(w, "video") || w.equals("virtual") || w.equals("online")) {
            s.add(Signal.VIDEO);
        }
        if (stem(w, "summit")) {
            s.add(Signal.SUMMIT);
        }
        if ((stem(w, "sideline") || (w.equals("margins") && prev.equals("the")))
                && !(next.equals("of") && (stem(next2, "visit") || stem(next3, "visit") || stem(next4, "visit")))) {
            s.add(Signal.SIDELINES); // not "on the sidelines of his official visit": a meeting of the visit
        }
        if (w.equals("received") || w.equals("receives") || w.equals("receiving") || w.equals("hosted")
                || w.equals("welcomed") && !WELCOMED_NOT_A_GUEST.contains(next)
                && !(Set.of("the", "this", "a", "an").contains(next) && WELCOMED_NOT_A_GUEST.contains(next2))
                || w.equals("greeted") && next.equals("by")) { // "Macron, who was greeted by Minister …" (on arrival)
            s.add(Signal.RECEPTION);
        }
        if (w.equals("met") || w.equals("meets") || w.equals("meeting") || w.equals("meet") || w.equals("meetings")
                // "In their previous conversation held on June 17, the two foreign ministers …", "a conversation with"
                // (not "Joining the conversation were …": who else was at it)
                || w.equals("conversation") && (next.equals("with") || next.equals("between")
                || Set.of("a", "their", "his", "her").contains(prev) || Set.of("their", "his", "her").contains(prev2))
                || w.equals("encounter") && (prev.equals("an") || prev.equals("separate")) // "held an encounter with"
                // "held the fifth Papua New Guinea-Australia Annual Leaders' Dialogue"
                || w.equals("dialogue") && (prev.equals("leaders") || prev.equals("’") || prev.equals("'"))
                || prev.equals("courtesy") && (w.equals("call") || w.equals("visit"))
                || w.equals("sat") && next.equals("down") // "sat down with", "sat down for a discussion"
                // "Abiy also discussed with Djiboutian President …", "discussed on bilateral issues with …"
                || (w.equals("discussed") || w.equals("discusses")) && (next.equals("with") || next2.equals("with")
                || next3.equals("with") || next4.equals("with"))
                || w.equals("talked") && (next.equals("with") || next.equals("to")) // "The president talked with Ambassador …"
                || (w.equals("exchanged") || w.equals("exchange")) && next.equals("views") // "Abiy and President Kiir have exchanged views"
                || w.equals("conference") && prev.equals("press") && prev2.equals("joint")) {
            s.add(Signal.MEETING);
        }
        if (w.equals("will") || w.equals("tomorrow") || w.equals("upcoming") || w.equals("scheduled")
                || w.equals("expected") || w.equals("plans") || w.equals("planned") || w.equals("possibility")
                || w.equals("possible") || (w.equals("may") || w.equals("might") || w.equals("could"))
                && Set.of("meet", "visit", "hold", "travel", "attend").contains(next)
                || (w.equals("to") && stem(next, "visit")) || w.equals("rule") && next.equals("out")
                // "ahead of Biden's visit", "ahead of his trip" (not "shakes hands … ahead of their bilateral meeting": the
                // meeting that followed the photograph)
                || (w.equals("look") || w.equals("looks") || w.equals("looking")) && next.equals("forward")
                // "preparing for Putin's visit", "in preparation for the scheduled visit" (not "discussed preparations for
                // the summit": the talk took place)
                || (w.equals("preparing") || w.equals("preparation") || w.equals("preparations") || w.equals("prepare"))
                && (next.equals("for") || Set.of("”", "\"", "’").contains(next) && next2.equals("for"))
                && (stem(next2, "visit") || stem(next3, "visit") || stem(next4, "visit"))
                || w.equals("ahead") && next.equals("of") && (stem(next2, "visit") || stem(next2, "trip")
                || stem(next3, "visit") || stem(next3, "trip") // "Ahead of Putin visit to Budapest"
                || next2.endsWith("'s") || next2.endsWith("’s") || Set.of("his", "her", "a", "the").contains(next2)
                && !Set.of("meeting", "talks", "summit").contains(next3))
                // "accepted an invitation to pay a state visit" ("at the invitation of": the visit that is taking place)
                || w.equals("invitation") && !(prev.equals("the") && Set.of("at", "on", "upon").contains(prev2))) {
            s.add(Signal.FUTURE);
        }
        // "Earlier, he met …", "Earlier today": earlier in the day told (not "earlier this year", "had earlier met")
        boolean earlierToday = w.equals("earlier") && (prev.isEmpty() && Set.of(",", "today", "on").contains(next)
                // "Earlier in the day, Mitsotakis met …", "Earlier that day"
                || prev.isEmpty() && (next.equals("in") && next2.equals("the") && next3.equals("day")
                        || next.equals("that") && next2.equals("day"))
                // "Erdogan met earlier with his Greek counterpart" (not "met earlier this year", "had met earlier")
                || Set.of("met", "held", "spoke", "visited", "received").contains(prev) && !prev2.equals("had")
                && Set.of("with", ",", ".", "on", "today", "the").contains(next));
        if (w.equals("earlier") && !earlierToday || w.equals("previously") || w.equals("formerly") || w.equals("previous")
                // "during President Raisi's recent visit", "recently visited" (not "post the recent elections")
                || w.equals("recent") && Set.of("visit", "trip", "talks", "meeting", "meetings", "conversation", "call",
                        "summit").contains(next)
                || w.equals("recently") && Set.of("visited", "met", "held", "hosted", "received").contains(next)) {
            s.add(Signal.BACKGROUND);
        }
        if (w.equals("last") && (next.equals("month") || next.equals("week"))) {
            s.add(Signal.BACKGROUND);
            s.add(Signal.LAST_PERIOD);
        }
    }

    private Triggers() {
    }
}
