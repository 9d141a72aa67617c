package org.dyad.extract.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.MeetingFact;
import org.dyad.extract.Participant;
import org.dyad.extract.stage.Triggers.Signal;
import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.Span;
import org.dyad.extract.text.Token;
import org.dyad.extract.text.Tokenizer;
import org.dyad.extract.time.DateMention;
import org.dyad.reference.files.ReferenceData;

/**
 * Meetings: sentences with a meeting cue and people of two or more countries become meeting facts —
 * one per meeting, however many sentences tell it, a bilateral on a summit's sidelines apart from
 * the summit, a past meeting recalled with its date or place flagged as recalled — with kind, date
 * (stated, or an estimate from the publication date), place, host and guest. Thread-safe once built.
 */
public final class MeetingStage {

    private final Map<String, String> nameEn = new HashMap<>();
    private final Map<String, String> capitalEn = new HashMap<>();
    /** The English name of a capital, by its country and the first folded word of its name in any language. */
    private final Map<String, String> cityEn = new HashMap<>();

    public MeetingStage(ReferenceData data) {
        data.people().forEach(p -> nameEn.put(p.slug(), p.nameEn()));
        data.countryAliases().stream()
                .filter(a -> a.kind().equals("capital") && a.lang().equals("en"))
                .forEach(a -> capitalEn.putIfAbsent(a.countryCode(), a.alias()));
        // a country of several capitals (Dodoma and Dar es Salaam): the city named, not the first listed. The
        // files give a country's capitals in the same order in each language; where the counts differ, the city
        // is known in English only.
        Map<String, List<String>> capitals = new HashMap<>();
        data.countryAliases().stream().filter(a -> a.kind().equals("capital"))
                .forEach(a -> capitals.computeIfAbsent(a.countryCode() + "|" + a.lang(), k -> new ArrayList<>()).add(a.alias()));
        capitals.forEach((key, names) -> {
            String code = key.substring(0, key.indexOf('|'));
            List<String> en = capitals.getOrDefault(code + "|en", List.of());
            for (int i = 0; i < names.size(); i++) {
                String city = names.size() == en.size() ? en.get(i) : key.endsWith("|en") ? names.get(i) : null;
                List<Token> first = Tokenizer.tokenize(NormalizedText.of(names.get(i)).text());
                if (city != null && !first.isEmpty()) {
                    cityEn.putIfAbsent(code + "|" + first.getFirst().text(), city);
                }
            }
        });
    }

    /** A meeting in person with no word of its kind ("met", "التقى", "встретился"): told as talks. */
    private static final String MET = "met";
    /** A visit of no stated level and no word of talks ("the visit of the Chinese president to Astana"): other. */
    private static final String VISIT = "visit";

    private static final List<String> KIND_PRIORITY = List.of("state_visit", "official_visit", "working_visit",
            "sidelines_meeting", "video_call", "phone_call", "summit", "talks", "reception", MET, VISIT, "other");


    private static final class MeetingDraft {
        final LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
        final Set<String> kinds = new LinkedHashSet<>();
        final List<SentenceAnalysis> sentences = new ArrayList<>();
        /** Sentences that tell only more of it, naming no one ("церемония состоялась в среду, 27 августа"). */
        final List<SentenceAnalysis> more = new ArrayList<>();
        String locationCountry;
        String locationCity;
        String hostCountry;
        boolean recalled;
    }

    /**
     * A past meeting the article recalls: two people of different countries in a sentence about an
     * earlier visit or talks, with the date or the place it names ("in 2016 the presidents met in
     * Samarkand"). Without either it is background, not a meeting one could place.
     */
    private java.util.Optional<MeetingDraft> recalled(SentenceAnalysis a, LocalDate published, List<SentenceAnalysis> analyses,
            boolean monthBefore) {
        LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
        a.people.forEach(p -> join(people, p, a.roleFromTerms));
        long countries = people.values().stream().map(PersonRef::country).filter(java.util.Objects::nonNull).distinct().count();
        if (countries == 1 && recent(a, published)) {
            PersonRef host = visitHost(a, people.values().iterator().next(), analyses);
            if (host != null) {
                join(people, host, a.roleFromTerms);
                countries = 2;
            }
        }
        if (countries < 2 || !placeable(a, published) && !monthBefore) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(recalledDraft(a, people));
    }

    /**
     * Whether the sentence dates its past meeting with a year written, the publication's or the one before ("in
     * January 2025"), when the people the article names likely held their offices already ("в мае", no year: a
     * visit the sentence mentions, not one it dates).
     */
    private static boolean recent(SentenceAnalysis a, LocalDate published) {
        if (published == null) {
            return false;
        }
        List<Integer> years = a.dates.stream().map(DateMention::year).filter(java.util.Objects::nonNull).toList();
        return !years.isEmpty() && years.stream().allMatch(y -> y >= published.getYear() - 1 && y <= published.getYear());
    }

    /**
     * "the momentum since President Ruto's visit to Cairo in January 2025": a past visit of one person to the
     * other country of the article, whose host is that country's person the article names most (of the guest's
     * office if it names one). None when the sentence places no visit in another country.
     */
    private PersonRef visitHost(SentenceAnalysis a, PersonRef guest, List<SentenceAnalysis> analyses) {
        boolean visit = a.signals.contains(Signal.VISIT) || a.signals.contains(Signal.STATE_VISIT)
                || a.signals.contains(Signal.OFFICIAL_VISIT) || a.signals.contains(Signal.WORKING_VISIT);
        if (!visit || guest.country() == null) {
            return null;
        }
        MeetingDraft probe = new MeetingDraft();
        locate(a, probe, a.lang);
        String place = probe.locationCountry;
        if (place == null || place.equals(guest.country())) {
            return null;
        }
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, PersonRef> first = new HashMap<>();
        for (SentenceAnalysis s : analyses) {
            for (PersonRef p : s.people) {
                if (place.equals(p.country())) {
                    named.merge(p.slug(), p.role().equals(guest.role()) ? 100 : 1, Integer::sum);
                    first.putIfAbsent(p.slug(), p);
                }
            }
        }
        return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> first.get(e.getKey())).orElse(null);
    }

    /** Whether a sentence dates or places the past meeting it tells: a year or a day, or a capital. */
    private static boolean placeable(SentenceAnalysis a, LocalDate published) {
        return a.dates.stream().anyMatch(d -> d.resolveYear(published) != null || d.kind() == DateMention.Kind.DAY)
                || a.countries.stream().anyMatch(c -> c.kind().equals("capital"))
                || a.signals.contains(Signal.LAST_PERIOD); // "Last month … during a phone call between Ramaphosa and Zelensky"
    }

    private MeetingDraft recalledDraft(SentenceAnalysis a, Map<String, PersonRef> people) {
        MeetingDraft d = new MeetingDraft();
        d.recalled = true;
        d.people.putAll(people);
        d.kinds.addAll(kinds(a.signals, people.size()));
        d.sentences.add(a);
        locate(a, d, a.lang);
        return d;
    }

    /** A day, and a day and month with the relative year told after it ("21 апреля прошлого года"). */
    private static LocalDate dayOf(SentenceAnalysis a, DateMention m, LocalDate published) {
        if (m.kind() == DateMention.Kind.DAY_MONTH && published != null) {
            for (DateMention y : a.dates) {
                if (y.kind() == DateMention.Kind.RELATIVE_YEAR && y.start() >= m.end() && y.start() - m.end() <= 2) {
                    Integer year = y.resolveYear(published);
                    try {
                        return year == null ? null : LocalDate.of(year, m.month(), m.day());
                    } catch (java.time.DateTimeException e) {
                        return null;
                    }
                }
            }
        }
        return m.resolveDay(published);
    }

    private static final Set<String> TWO = Set.of("two", "both", "двух", "обоих", "оба", "البلدين");
    private static final Set<String> DUAL_LEADERS = Set.of("الزعيمين", "الزعيمان", "الرئيسين", "الرئيسان", "الوزيران",
            "الوزيرين");
    private static final List<String> LEADER_STEMS = List.of("leader", "president", "minister", "лидер", "президент", "глав",
            "министр", "زعيم", "قائد", "رئيس", "وزير");

    /** "the two leaders", "лидеров двух стран", "الزعيمين": the article's pair, unnamed. */
    private static boolean namesThePair(SentenceAnalysis a) {
        for (int i = 0; i < a.tokens.size(); i++) {
            String w = a.tokens.get(i).text();
            if (DUAL_LEADERS.contains(w)) {
                return true;
            }
            if (!TWO.contains(w)) {
                continue;
            }
            for (int k = Math.max(0, i - 3); k < Math.min(a.tokens.size(), i + 3); k++) {
                String x = a.tokens.get(k).text();
                if (LEADER_STEMS.stream().anyMatch(x::startsWith)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A past meeting of the article's pair told without their names: "Предыдущий телефонный разговор
     * двух лидеров состоялся 21 апреля прошлого года", "the meeting of the leaders of the two countries
     * on the sidelines of the UN General Assembly in September". With its date or place, as any recalled
     * meeting; its people are those of the article's own meeting.
     */
    private java.util.Optional<MeetingDraft> recalledOfPair(SentenceAnalysis a, LocalDate published, List<MeetingDraft> drafts,
            boolean monthBefore) {
        if (!a.people.isEmpty() || !namesThePair(a)) {
            return java.util.Optional.empty();
        }
        MeetingDraft main = drafts.stream().filter(x -> !x.recalled && countries(List.copyOf(x.people.values())) == 2)
                .findFirst().orElse(null);
        if (main == null || !placeable(a, published) && !monthBefore) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(recalledDraft(a, main.people));
    }

    /**
     * The meetings the sentences report. {@code published} and {@code dateline} date a lead that
     * names no day of its own (as an estimate); people must be resolved first ({@link PeopleStage}).
     */
    public List<MeetingFact> meetings(List<SentenceAnalysis> analyses, LocalDate published, LocalDate dateline, String lang) {
        List<MeetingDraft> drafts = new ArrayList<>();
        Set<MeetingDraft> kindsOnly = new java.util.HashSet<>();
        String mainActor = mainActor(analyses);
        Set<PersonRef> inferred = new java.util.HashSet<>();
        analyses.forEach(a -> inferred.addAll(a.roleFromTerms));
        analyses.forEach(a -> inferred.addAll(a.byTitle)); // "وزير خارجية قطر" in a headline yields to the lead's full title
        SentenceAnalysis previous = null; // the sentence before, when it names people and no meeting
        List<SentenceAnalysis> unnamedPair = new ArrayList<>(); // "началась беседа лидеров двух стран"
        int lead = leadStart(analyses);
        int leadMonth = published != null ? 0 : leadMonth(analyses, lead);
        for (SentenceAnalysis a : analyses) {
            Set<Signal> s = a.signals;
            boolean trigger = !java.util.Collections.disjoint(s, Triggers.CUES);
            SentenceAnalysis before = previous;
            // a sentence of people with a cue of the future ("agreed to cooperate for the early completion of talks") may
            // still be followed by the meeting that took place ("was discussed during the two leaders' meeting")
            previous = trigger && !s.contains(Signal.FUTURE) || a.people.isEmpty() || s.contains(Signal.BACKGROUND) ? null : a;
            if ((!trigger || Triggers.attendanceFirst(a.tokens)) && !s.contains(Signal.FUTURE) && !s.contains(Signal.BACKGROUND)
                    && !a.people.isEmpty() && Triggers.attendance(a.tokens)) {
                // "Joining the conversation were … Foreign Minister Mauro Vieira …", "كما حضر اللقاء رئيس الوزراء …":
                // people of the meeting just told, at its table
                MeetingDraft last = drafts.stream().filter(x -> !x.recalled).reduce((x, y) -> y).orElse(null);
                boolean joined = false;
                if (last != null && a.sentence.index() - last.sentences.getLast().sentence.index() <= 2) {
                    Set<String> sides = new java.util.HashSet<>();
                    last.people.values().forEach(p -> sides.add(p.country()));
                    if (countries(List.copyOf(last.people.values())) == 2
                            && a.people.stream().allMatch(p -> p.country() != null && sides.contains(p.country()))) {
                        a.people.forEach(p -> join(last.people, p, inferred));
                        last.sentences.add(a);
                        joined = true;
                    }
                }
                if (joined || !trigger) {
                    continue;
                }
                // "وحضر اللقاء …" with no meeting told just before it to join: the sentence tells the meeting itself
            }
            if (!trigger || s.contains(Signal.FUTURE)) {
                continue;
            }
            boolean monthBefore = published == null && leadMonth > 0 && a.sentence.index() - lead > 1 && earlierMonth(a, leadMonth);
            if (isBackground(a, published, a.sentence.index() - lead <= 1) || monthBefore) {
                java.util.Optional<MeetingDraft> r = recalled(a, published, analyses, monthBefore);
                (r.isPresent() ? r : recalledOfPair(a, published, drafts, monthBefore)).ifPresent(drafts::add);
                continue;
            }
            if (a.people.isEmpty()) {
                if (namesThePair(a)) {
                    unnamedPair.add(a);
                }
                MeetingDraft last = drafts.isEmpty() ? null : drafts.getLast();
                MeetingDraft current = drafts.stream().filter(x -> !x.recalled).reduce((x, y) -> y).orElse(null);
                if (last != null && last.recalled && current != null
                        && a.sentence.index() - current.sentences.getLast().sentence.index() <= 2) {
                    last = current; // "The two sides discussed …" after a visit recalled: the meeting of the article
                }
                int gap = last == null ? Integer.MAX_VALUE : a.sentence.index() - last.sentences.getLast().sentence.index();
                if (last != null && gap <= 2 && compatible(last.kinds, kinds(s, last.people.size()))) {
                    // "The visit is official", "the leaders discussed at the summit": the kind of the meeting just told
                    last.kinds.addAll(kinds(s, last.people.size()));
                    last.more.add(a);
                    kindsOnly.add(last);
                } else if (before != null && before.sentence.index() == a.sentence.index() - 1
                        && countries(before.people) >= 2 && (!before.signals.contains(Signal.FUTURE) || namesThePair(a))) {
                    // "Erdogan called Aliyev. During the telephone conversation …": the cue follows the people
                    LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
                    before.people.forEach(p -> join(people, p, inferred));
                    MeetingDraft d = drafts.stream().filter(x -> !x.recalled && sameMeeting(x, people, s))
                            .reduce((x, y) -> y).orElse(null);
                    if (d == null) {
                        d = new MeetingDraft();
                        d.people.putAll(people);
                        drafts.add(d);
                    }
                    d.kinds.addAll(kinds(s, d.people.size()));
                    d.sentences.add(before);
                    d.sentences.add(a);
                    locate(before, d, lang);
                    locate(a, d, lang);
                }
                continue;
            }
            LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
            a.people.forEach(p -> join(people, p, inferred));
            MeetingDraft target = null;
            for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - 20) && target == null; i--) {
                if (!drafts.get(i).recalled && sameMeeting(drafts.get(i), people, s)) {
                    target = drafts.get(i);
                }
            }
            if (target == null) {
                target = new MeetingDraft();
                drafts.add(target);
            }
            for (PersonRef p : people.values()) {
                join(target.people, p, inferred);
            }
            target.kinds.addAll(kinds(s, people.size()));
            target.sentences.add(a);
            locate(a, target, lang);
        }
        if (!unnamedPair.isEmpty() && drafts.stream().noneMatch(x -> countries(List.copyOf(x.people.values())) >= 2)) {
            // a meeting told only as that of "the leaders of the two countries" ("the two ministers discussed in the
            // phone call"), whose people the article names elsewhere ("В.Путин и А.Теббун сделали заявления"): the
            // most named person of each of the article's two countries (none when the article tells a meeting of its
            // people: "На встрече они договорились … о визитах лидеров двух стран" after the one recalled)
            List<PersonRef> pair = pairPeople(analyses);
            if (pair.size() == 2) {
                MeetingDraft d = new MeetingDraft();
                pair.forEach(p -> join(d.people, p, inferred));
                for (SentenceAnalysis a : unnamedPair) {
                    d.kinds.addAll(kinds(a.signals, 2));
                    d.sentences.add(a);
                    locate(a, d, lang);
                }
                drafts.add(d);
            }
        }
        List<MeetingFact> facts = new ArrayList<>();
        int bodyStart = leadStart(analyses);
        LocalDate wireDay = wireDay(analyses, bodyStart, published);
        boolean atSummit = leadAtSummit(analyses, bodyStart);
        LocalDate leadDay = null;
        PersonRef actor = mainActor == null ? null : findPerson(analyses, mainActor);
        for (MeetingDraft d : drafts) {
            if (countries(List.copyOf(d.people.values())) == 1 && mainActor != null && !d.people.containsKey(mainActor)) {
                // "He held talks with President Asif Ali Zardari and Prime Minister …": the other side is the person
                // the article is about
                String only = d.people.values().stream().map(PersonRef::country).filter(java.util.Objects::nonNull)
                        .findFirst().orElseThrow();
                if (actor != null && actor.country() != null && !actor.country().equals(only)) {
                    d.people.put(mainActor, actor);
                }
            }
            if (countries(List.copyOf(d.people.values())) < 2) {
                if (leadDay == null && !d.recalled && !d.people.isEmpty()
                        && d.sentences.getFirst().sentence.index() - bodyStart <= 2) {
                    // "President Yoon on June 3 held a series of bilateral meetings with African leaders": the day of
                    // the meetings the item then tells one by one
                    leadDay = toFact(d, bodyStart, published, dateline, wireDay).date();
                }
                continue; // one person alone, or one country's people together, is not a meeting between two countries
            }
            for (MeetingDraft one : contacts(d, actor)) {
                if (atSummit && !one.recalled && countries(List.copyOf(one.people.values())) == 2
                        && Set.of(MET, "talks", "other", VISIT, "reception").containsAll(one.kinds)) {
                    // "At the 42nd Asean Summit … today Prime Minister Anwar Ibrahim held discussions with four Asean
                    // leaders": the bilateral meetings the item then tells (one by one too) were on its sidelines
                    one.kinds.add("sidelines_meeting");
                }
                facts.add(toFact(one, bodyStart, published, dateline, wireDay));
            }
        }
        // meetings told without a date of their own are estimated at the day (or estimate) of the article's first
        // dated meeting: likely the same day, but the text does not say so
        LocalDate first = facts.stream().filter(f -> !f.recalled()).map(MeetingFact::date).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        LocalDate estimate = first == null && leadDay != null ? leadDay : facts.stream().filter(f -> !f.recalled())
                .map(MeetingFact::dateEstimate).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<MeetingFact> dated = new ArrayList<>();
        for (MeetingFact f : facts) {
            if (f.recalled() || f.date() != null || first == null && estimate == null) {
                dated.add(f);
            } else {
                dated.add(new MeetingFact(null, f.relative(), f.kind(), f.participants(), f.locationCountry(),
                        f.locationCity(), f.hostCountry(), f.guestCountry(), f.evidence(),
                        first != null ? first : estimate, false));
            }
        }
        // "… hold talks in Astana on 12 May" in an item of 2 May: a meeting to come, announced (a day's grace for
        // the time zones between the meeting and the page's date)
        dated.removeIf(f -> !f.recalled() && f.date() != null && published != null && f.date().isAfter(published.plusDays(1)));
        return oneEach(dated);
    }

    /**
     * One meeting told twice ("Vuong Dinh Hue (R) meets Eleanor Laing" under a photo, then "held meetings
     * with Eleanor Laing; Roberto Fico; …" in the text) is one fact: same people, both recalled or neither,
     * days that agree (or one unknown), both remote or neither. Its evidence is both reports'; its kind
     * the more specific.
     */
    private static List<MeetingFact> oneEach(List<MeetingFact> facts) {
        List<MeetingFact> out = new ArrayList<>();
        for (MeetingFact f : facts) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                MeetingFact o = out.get(i);
                if (o.recalled() == f.recalled() && peopleKey(o).equals(peopleKey(f))
                        && (o.dayOrEstimate() == null || f.dayOrEstimate() == null || o.dayOrEstimate().equals(f.dayOrEstimate()))
                        && remote(Set.of(o.kind())) == remote(Set.of(f.kind()))) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(f);
                continue;
            }
            MeetingFact o = out.get(same);
            List<Span> evidence = new ArrayList<>(o.evidence());
            f.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
            evidence.sort(java.util.Comparator.comparingInt(Span::start));
            String kind = KIND_PRIORITY.indexOf(f.kind()) < KIND_PRIORITY.indexOf(o.kind()) ? f.kind() : o.kind();
            out.set(same, new MeetingFact(o.date() != null ? o.date() : f.date(), o.relative() != null ? o.relative() : f.relative(),
                    kind, o.participants(), o.locationCountry() != null ? o.locationCountry() : f.locationCountry(),
                    o.locationCity() != null ? o.locationCity() : f.locationCity(),
                    o.hostCountry() != null ? o.hostCountry() : f.hostCountry(),
                    o.guestCountry() != null ? o.guestCountry() : f.guestCountry(), evidence,
                    o.date() != null || f.date() != null ? null : o.dateEstimate() != null ? o.dateEstimate() : f.dateEstimate(),
                    o.recalled()));
        }
        return out;
    }

    /** The people of a meeting, as a set of keys (the slug, or the name and country of someone not in the reference data). */
    private static Set<String> peopleKey(MeetingFact f) {
        Set<String> out = new java.util.HashSet<>();
        f.participants().forEach(p -> out.add(p.slug() != null ? p.slug() : p.country() + "|" + p.role() + "|" + p.nameEn()));
        return out;
    }

    /**
     * Adds a person to a meeting's, once: the role a title in the text gives wins over the one
     * inferred from the office terms for a bare name ("محمد بن زايد" in a headline, "… ولي عهد أبوظبي"
     * in the lead).
     */
    private static void join(Map<String, PersonRef> people, PersonRef p, Set<PersonRef> inferred) {
        PersonRef old = people.get(p.slug());
        if (old == null || inferred.contains(old) && !inferred.contains(p)) {
            people.put(p.slug(), p);
        }
    }

    private static final Set<String> WITH_WORDS = Set.of("with", "с", "со", "مع", "ومع");
    /** Verbs of a reception, between the host and the guests. */
    private static final Set<String> RECEIVES = Set.of("receives", "received", "hosted", "hosts", "welcomed", "welcomes",
            "استقبل", "واستقبل", "يستقبل", "принял", "принимает");

    /**
     * "Putin also discussed the situation with the President of the UAE, the Emir of Qatar and the King
     * of Bahrain", "التقى السيسي مع كل من …": one person of one country with people of several others,
     * and no summit named, is a bilateral contact with each. A gathering ("the leaders of X, Y and Z
     * met", a summit) stays one meeting.
     */
    private static List<MeetingDraft> contacts(MeetingDraft d, PersonRef actor) {
        if (d.recalled) {
            return List.of(d);
        }
        boolean summit = d.kinds.contains("summit") && !d.kinds.contains("sidelines_meeting");
        for (SentenceAnalysis a : d.sentences) {
            if (summit && a.signals.contains(Signal.SUMMIT) && !eachOf(a)) {
                continue; // "the leaders of X, Y and Z met at the summit": one gathering
            }
            int with = -1;
            for (int i = 0; i < a.tokens.size() && with < 0; i++) {
                // (or the verb of a reception: "President Joko Widodo receives guests of states, among them …")
                if (WITH_WORDS.contains(a.tokens.get(i).text()) || RECEIVES.contains(a.tokens.get(i).text())) {
                    with = i;
                }
            }
            if (with < 0) {
                continue;
            }
            final int w = with;
            List<PersonRef> subject = a.people.stream().filter(p -> p.token() < w && p.country() != null).toList();
            if (subject.isEmpty() && actor != null && actor.country() != null) {
                // "the President held meetings with …", "He met with …": the person the article is about
                subject = List.of(actor);
            } else if (subject.stream().map(PersonRef::country).distinct().count() > 1
                    && w - subject.getLast().token() <= 4) {
                // "As some leaders left, including US President Joe Biden, Mr Albanese met with …": the one right
                // before the verb
                subject = List.of(subject.getLast());
            }
            Set<String> subjectCountries = new LinkedHashSet<>();
            subject.forEach(p -> subjectCountries.add(p.country()));
            LinkedHashMap<String, List<PersonRef>> others = new LinkedHashMap<>();
            a.people.stream().filter(p -> p.token() > w && p.country() != null && !subjectCountries.contains(p.country()))
                    .forEach(p -> others.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p));
            if (subjectCountries.size() == 1 && others.size() == 1 && others.values().iterator().next().size() >= 2) {
                // "встретился с премьер-министром Грузии … и со своим грузинским коллегой …", "met with X and with Y":
                // the preposition said again, a meeting with each
                LinkedHashMap<Integer, List<PersonRef>> bySegment = new LinkedHashMap<>();
                for (PersonRef p : others.values().iterator().next()) {
                    int segment = 0;
                    for (int k = w + 1; k < p.token(); k++) {
                        segment += WITH_WORDS.contains(a.tokens.get(k).text()) ? 1 : 0;
                    }
                    bySegment.computeIfAbsent(segment, k -> new ArrayList<>()).add(p);
                }
                if (bySegment.size() >= 2) {
                    others.clear();
                    bySegment.forEach((segment, people) -> others.put(String.valueOf(segment), people));
                }
            }
            if (subjectCountries.size() != 1 || others.size() < 2) {
                continue;
            }
            List<MeetingDraft> out = new ArrayList<>();
            for (List<PersonRef> side : others.values()) {
                MeetingDraft one = new MeetingDraft();
                subject.forEach(p -> one.people.putIfAbsent(p.slug(), p));
                side.forEach(p -> one.people.putIfAbsent(p.slug(), p));
                one.kinds.addAll(d.kinds);
                if (one.kinds.remove("summit")) {
                    one.kinds.add("sidelines_meeting"); // met one by one at a summit: on its sidelines
                }
                one.sentences.add(a);
                one.locationCountry = d.locationCountry;
                one.locationCity = d.locationCity;
                one.hostCountry = d.hostCountry;
                out.add(one);
            }
            return out;
        }
        return List.of(d);
    }

    /**
     * "كل من", "each of", "по отдельности", and meetings in the plural ("held meetings with", "a series of
     * bilateral consultations: with", "провел ряд встреч", "عددا من اللقاءات"): the people listed are met one by one.
     */
    private static boolean eachOf(SentenceAnalysis a) {
        for (int i = 0; i < a.tokens.size(); i++) {
            String w = a.tokens.get(i).text();
            String next = i + 1 < a.tokens.size() ? a.tokens.get(i + 1).text() : "";
            String previous = i > 0 ? a.tokens.get(i - 1).text() : "";
            if ((w.equals("كل") || w.equals("بكل")) && next.equals("من") || w.equals("each") && next.equals("of")
                    || w.equals("separately") || w.equals("по") && next.equals("отдельности")
                    || w.equals("meetings") || w.equals("consultations") || w.equals("встреч")
                    || w.equals("встречи") && PLURAL_BEFORE.contains(previous)
                    || w.matches("[وب]?(ال)?(لقاءات|اجتماعات)")) {
                return true;
            }
        }
        return false;
    }

    /** Words before "встречи" that make it plural ("провел встречи", "двусторонние встречи"), not "в ходе встречи". */
    private static final Set<String> PLURAL_BEFORE = Set.of("провел", "провела", "провели", "двусторонние", "отдельные");

    private static final Set<String> AT = Set.of("in", "at", "в", "во", "في", "بمدينه");

    /**
     * Whether a capital is named as where the meeting was ("in Cairo", "в Москве", "في القاهرة",
     * "بالقاهرة"), not as a city that is otherwise talked of ("Bandar Seri Begawan's involvement").
     */
    private static boolean placeOfMeeting(SentenceAnalysis a, CountryRef c) {
        String word = a.tokens.get(c.token()).text();
        String before = c.token() > 0 ? a.tokens.get(c.token() - 1).text() : "";
        return AT.contains(before) || a.lang.equals("ar") && (word.startsWith("ب") || word.startsWith("وب"));
    }

    /** Whether the item's lead (its first two sentences) tells of a summit taking place, not one to come. */
    private static boolean leadAtSummit(List<SentenceAnalysis> analyses, int bodyStart) {
        // the headline and the lead: "President Yoon holds relay talks with 10 African leaders … for the Korea-Africa Summit"
        for (int i = 0; i < Math.min(analyses.size(), Math.max(0, bodyStart) + 4); i++) {
            Set<Signal> s = analyses.get(i).signals;
            // not two leaders' own "bilateral summit": a gathering of more
            if (s.contains(Signal.SUMMIT) && !s.contains(Signal.FUTURE) && !s.contains(Signal.BACKGROUND)
                    && countries(analyses.get(i).people) != 2) {
                return true;
            }
        }
        return false;
    }

    private static long countries(List<PersonRef> people) {
        return people.stream().map(PersonRef::country).filter(java.util.Objects::nonNull).distinct().count();
    }

    /** A call is not met in person: a sentence's kinds join a meeting's only if both are remote or neither is. */
    private static boolean compatible(Set<String> kinds, Set<String> more) {
        return remote(kinds) == remote(more) || Set.of("other", VISIT, MET).containsAll(more);
    }

    private static boolean remote(Set<String> kinds) {
        return kinds.contains("phone_call") || kinds.contains("video_call");
    }

    /**
     * A sentence reports the same meeting when it names the same people, or one of them alone (a
     * pair's meeting told in several sentences). A pair inside a larger gathering, or any sentence
     * about the sidelines, is a meeting of its own: a bilateral meeting at a summit.
     */
    private static boolean sameMeeting(MeetingDraft d, Map<String, PersonRef> named, Set<Signal> signals) {
        Set<String> existing = d.people.keySet();
        Set<String> people = named.keySet();
        if (existing.equals(people)) {
            return true;
        }
        if (signals.contains(Signal.SIDELINES)) {
            return false;
        }
        if (people.size() == 1) {
            return existing.containsAll(people);
        }
        if (existing.size() <= 2 && people.size() <= 2) {
            return existing.containsAll(people) || people.containsAll(existing);
        }
        // the two leaders again, with someone of one of their countries beside them (a minister, an opposition
        // leader named in the sentence): the same two countries' meeting, not a gathering of more
        Set<String> countries = new java.util.HashSet<>();
        named.values().forEach(p -> countries.add(p.country()));
        Set<String> had = new java.util.HashSet<>();
        d.people.values().forEach(p -> had.add(p.country()));
        return countries.size() == 2 && countries.equals(had) && !countries.contains(null)
                && (existing.containsAll(people) || people.containsAll(existing));
    }

    /**
     * The month of the day the lead names ("On November 21, the President … held a telephone conversation"), for an
     * item without a date of its own; 0 when it names none.
     */
    private static int leadMonth(List<SentenceAnalysis> analyses, int lead) {
        for (int i = lead; i < Math.min(analyses.size(), lead + 2); i++) {
            for (DateMention d : analyses.get(i).dates) {
                if ((d.kind() == DateMention.Kind.DAY || d.kind() == DateMention.Kind.DAY_MONTH) && d.month() != null) {
                    return d.month();
                }
            }
        }
        return 0;
    }

    /**
     * In an item without a date: a month before the lead's, of no other year ("the meeting … in New York in
     * September this year" after a lead of November 21) tells a past meeting.
     */
    private static boolean earlierMonth(SentenceAnalysis a, int leadMonth) {
        return a.dates.stream().anyMatch(d -> d.kind() == DateMention.Kind.MONTH && d.month() != null && d.year() == null
                && d.month() < leadMonth);
    }

    /**
     * Whether the sentence tells a past meeting, not the one the item reports. {@code lead}: the headline and
     * the first line, whose stated day may be some days before a late page's date ("On the afternoon of July 3,
     * 2024 …" on a page of July 14) and still be the item's news.
     */
    private boolean isBackground(SentenceAnalysis a, LocalDate published, boolean lead) {
        if (a.signals.contains(Signal.BACKGROUND)) {
            return true;
        }
        if (toldAsCurrent(a, published)) {
            return false; // "received … today; … since taking office in 2013": the year is background, the meeting is not
        }
        for (DateMention d : a.dates) {
            if (ofAnotherEvent(a, a.cues, d)) {
                continue; // "In his meeting with Wang Yi, … following President Xi's state visit in April": the clause's date
            }
            if (d.kind() == DateMention.Kind.RELATIVE_YEAR && "last_year".equals(d.relative())) {
                return true;
            }
            if (d.kind() == DateMention.Kind.MONTH && published != null && d.month() != published.getMonthValue()
                    && (d.year() == null || d.year() <= published.getYear())) {
                return true; // "during the state visit to Beijing in May"
            }
            Integer year = d.resolveYear(published);
            if (published != null && year != null && year < published.getYear()
                    && d.kind() != DateMention.Kind.RELATIVE_DAY) {
                return true;
            }
            LocalDate day = d.resolveDay(published);
            if (published != null && day != null && day.isBefore(published.minusDays(lead ? 31 : 10))) {
                return true;
            }
        }
        return false;
    }

    /** A date after "since" starts a span: not the day of the meeting told before it. */
    private static final Set<String> SINCE = Set.of("since", "منذ");

    private static final Set<String> CLAUSE_WORDS = Set.of("which", "who", "following", "since", "after", "when",
            "который", "которая", "которые", "которых", "которого", "которой", "после", "когда", "التي", "الذي", "منذ",
            "بعد", "عندما");

    /**
     * Whether a date is of another event than the sentence's meeting: told in a clause after the meeting's
     * cue, of an event of its own cued in that clause ("In his meeting with Wang Yi, … following President
     * Xi's state visit in April"). A clause about the cue's own event keeps its date ("الزيارة التي قام بها
     * … في سبتمبر الماضي": the visit was last September).
     */
    private static boolean ofAnotherEvent(SentenceAnalysis a, List<Integer> cues, DateMention d) {
        if (cues.isEmpty()) {
            return false;
        }
        boolean clause = false;
        for (int i = cues.getFirst() + 1; i < a.tokens.size() && a.tokens.get(i).end() <= d.start(); i++) {
            if (SINCE.contains(a.tokens.get(i).text())) {
                return true; // "is visiting his counterpart for the first time since his inauguration on January 7th"
            }
            if (a.tokens.get(i).text().equals("who") || a.tokens.get(i).text().equals("whom")) {
                return true; // "met … John Kerry, who was the US Secretary of State from 2013 to 2017": the person's years
            }
            if (CLAUSE_WORDS.contains(a.tokens.get(i).text())) {
                clause = true;
            } else if (clause && cues.contains(i)) {
                return true;
            }
        }
        return false;
    }

    /** A sentence that says its meeting is of the day: "today", "yesterday", or a day close to publication. */
    private static boolean toldAsCurrent(SentenceAnalysis a, LocalDate published) {
        for (DateMention d : a.dates) {
            if (d.kind() == DateMention.Kind.RELATIVE_DAY && !"tomorrow".equals(d.relative())) {
                return true;
            }
            if (published != null && (d.kind() == DateMention.Kind.DAY || d.kind() == DateMention.Kind.DAY_MONTH)) {
                LocalDate day = d.resolveDay(published);
                if (day != null && !day.isBefore(published.minusDays(10)) && !day.isAfter(published)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Signals that each give one kind of their own; the others are read together in {@link #kinds}. */
    private static final Map<Signal, String> ONE_KIND = Map.of(Signal.STATE_VISIT, "state_visit",
            Signal.OFFICIAL_VISIT, "official_visit", Signal.WORKING_VISIT, "working_visit", Signal.SUMMIT, "summit",
            Signal.TALKS, "talks", Signal.RECEPTION, "reception");

    private static Set<String> kinds(Set<Signal> s, int people) {
        Set<String> k = new LinkedHashSet<>();
        ONE_KIND.forEach((signal, kind) -> {
            if (s.contains(signal)) {
                k.add(kind);
            }
        });
        boolean call = s.contains(Signal.PHONE) || s.contains(Signal.VIDEO);
        // a call is no sidelines meeting, even when it is made on a visit's sidelines or prepares a summit
        if (!call && (s.contains(Signal.SIDELINES) || (s.contains(Signal.SUMMIT) && people <= 2
                && (s.contains(Signal.TALKS) || s.contains(Signal.MEETING))))) {
            k.add("sidelines_meeting");
        }
        if (s.contains(Signal.VIDEO)) {
            k.add("video_call");
        } else if (s.contains(Signal.PHONE)) {
            k.add("phone_call");
        }
        if (k.isEmpty()) {
            k.add(s.contains(Signal.MEETING) ? MET : s.contains(Signal.VISIT) ? VISIT : "other"); // a dinner: other
        }
        return k;
    }

    /** Where: the country visited ("يزور طاجيكستان", "visit to Tajikistan"), a capital named, the host. */
    private void locate(SentenceAnalysis a, MeetingDraft d, String lang) {
        boolean visit = a.signals.contains(Signal.VISIT) || a.signals.contains(Signal.STATE_VISIT)
                || a.signals.contains(Signal.OFFICIAL_VISIT) || a.signals.contains(Signal.WORKING_VISIT);
        for (CountryRef c : a.countries) {
            boolean datelineCapital = c.token() == 0 && (a.sentence.index() == 0 || datelineAt(a));
            if (c.kind().equals("capital") && !datelineCapital && d.locationCity == null && placeOfMeeting(a, c)) {
                d.locationCity = cityEn.getOrDefault(c.code() + "|" + a.tokens.get(c.token()).text(), capitalEn.get(c.code()));
                d.locationCountry = c.code();
            }
        }
        if (visit && d.locationCountry == null) {
            for (int i = 0; i < a.tokens.size(); i++) {
                String w = a.tokens.get(i).text();
                boolean visitWord = w.contains("يزور") || w.contains("زياره") || w.startsWith("visit")
                        || w.startsWith("визит") || w.startsWith("посети") || w.equals("arrived") || w.startsWith("прибыл");
                if (!visitWord) {
                    continue;
                }
                final int at = i;
                a.countries.stream()
                        .filter(c -> c.token() > at && c.token() - at <= 6 && !c.kind().equals("adjective"))
                        .findFirst()
                        .ifPresent(c -> d.locationCountry = c.code());
                if (d.locationCountry != null) {
                    break;
                }
            }
        }
        if (d.hostCountry == null && d.locationCountry != null) {
            d.hostCountry = d.locationCountry;
        }
        if (d.hostCountry == null && a.signals.contains(Signal.RECEPTION) && !a.people.isEmpty()) {
            int verb = -1;
            for (int i = 0; i < a.tokens.size() && verb < 0; i++) {
                String w = a.tokens.get(i).text();
                if (w.contains("استقبل") || w.startsWith("принял") || w.startsWith("принима") || w.equals("received")
                        || w.equals("receives") || w.equals("welcomed") || w.equals("hosted")) {
                    verb = i;
                }
            }
            final int v = verb;
            PersonRef host = lang.equals("ar")
                    ? a.people.stream().filter(p -> p.token() > v).findFirst().orElse(null)
                    : a.people.stream().filter(p -> p.token() < v).reduce((x, y) -> y).orElse(null);
            if (host != null) {
                d.hostCountry = host.country();
            }
        }
    }

    /** Cues of the meeting itself, not of an arrival or a stay. */
    private static final Set<Signal> MEETING_CUES = java.util.EnumSet.of(Signal.TALKS, Signal.PHONE, Signal.VIDEO,
            Signal.RECEPTION, Signal.MEETING, Signal.SIDELINES);

    /**
     * The day "today" and "yesterday" count from: the dateline's, a day or a few before the page's date
     * ("كوالالمبور/ 3 مارس … أمس، الاثنين" on a page of 4 March: the 2nd), else the publication's.
     */
    private static LocalDate writtenOn(LocalDate published, LocalDate dateline) {
        if (dateline == null) {
            return published;
        }
        return published != null && dateline != null && !dateline.isAfter(published)
                && !dateline.isBefore(published.minusDays(3)) ? dateline : published;
    }

    private MeetingFact toFact(MeetingDraft d, int bodyStart, LocalDate published, LocalDate dateline, LocalDate wireDay) {
        String kind = KIND_PRIORITY.stream().filter(d.kinds::contains).findFirst().orElse("other");
        if (kind.equals(MET)) {
            kind = "talks";
        } else if (kind.equals(VISIT)) {
            kind = "other";
        }
        long countries = d.people.values().stream().map(PersonRef::country).filter(java.util.Objects::nonNull).distinct().count();
        if (countries >= 3 && (kind.equals("other") || kind.equals("talks") || kind.equals("reception"))) {
            kind = "summit"; // leaders of three or more states gathered
        } else if (countries == 2 && kind.equals("summit")) {
            kind = "talks"; // "a bilateral summit in Hanoi": two leaders' talks (EXTRACTION.md: a summit is of three or more)
        }
        LocalDate date = null;
        String relative = null;
        LocalDate datelineDay = null;
        outer:
        for (SentenceAnalysis a : d.sentences) {
            for (DateMention m : a.dates) {
                if ((m.kind() == DateMention.Kind.DAY || m.kind() == DateMention.Kind.DAY_MONTH) && datelineDate(a, m)) {
                    // "Thursday, November 2, 2023 – President Ruto on Tuesday …": the item's day, not the meeting's
                    datelineDay = datelineDay != null ? datelineDay : m.resolveDay(published);
                } else if ((m.kind() == DateMention.Kind.DAY || m.kind() == DateMention.Kind.DAY_MONTH)
                        && !ofAnotherEvent(a, a.cues, m)) {
                    date = dayOf(a, m, published);
                    if (date != null) {
                        break outer;
                    }
                }
                if (m.kind() == DateMention.Kind.RELATIVE_DAY && !"tomorrow".equals(m.relative())) {
                    relative = m.relative();
                    date = m.resolveDay(writtenOn(published, datelineDay != null ? datelineDay : wireDay));
                    break outer;
                }
            }
        }
        if (date == null && relative == null) {
            // "Bukele arrived in Buenos Aires last Friday … met Monday in Casa Rosada with Milei": the day of the
            // meeting, before the day of an arrival
            List<SentenceAnalysis> byCue = new ArrayList<>(d.sentences);
            byCue.sort(Comparator.comparingInt(a -> java.util.Collections.disjoint(a.signals, MEETING_CUES) ? 1 : 0));
            for (SentenceAnalysis a : byCue) {
                for (DateMention m : a.dates) {
                    boolean ofDateline = a.dates.stream().anyMatch(x -> x.start() > m.start() && x.start() - m.end() <= 3
                            && (x.kind() == DateMention.Kind.DAY || x.kind() == DateMention.Kind.DAY_MONTH) && datelineDate(a, x));
                    // "on Friday and Saturday": two days, the meeting on one of them
                    boolean span = a.dates.stream().anyMatch(x -> x != m && x.kind() == DateMention.Kind.WEEKDAY
                            && Math.abs(x.start() - m.start()) <= 30);
                    if (m.kind() == DateMention.Kind.WEEKDAY && date == null && !ofDateline && !span && !dayOfReport(a, m)) {
                        // "on Thursday": the latest Thursday up to publication (or the dateline's day)
                        date = m.resolveDay(published != null ? published : datelineDay);
                    }
                }
            }
        }
        for (SentenceAnalysis a : d.more) {
            for (DateMention m : a.dates) {
                if (date == null && relative == null && !d.recalled
                        && (m.kind() == DateMention.Kind.DAY || m.kind() == DateMention.Kind.DAY_MONTH) && !datelineDate(a, m)) {
                    // "Там уточнили, что церемония состоялась в среду, 27 августа": the day, told after the meeting
                    date = dayOf(a, m, published);
                }
            }
        }
        LocalDate estimate = null;
        int first = d.sentences.getFirst().sentence.index() - bodyStart;
        boolean lead = !d.recalled && first >= 0 && first <= 2;
        if (date == null && relative == null && (lead || datelineDay != null)) {
            // a news item's lead is most likely about the day it was published (or of its dateline: "Addis Ababa,
            // February 14, 2026 (ENA) — Prime Minister Abiy conducted a series of meetings"), but the text does not
            // say so: an estimate, not the meeting's stated date
            estimate = datelineDay != null ? datelineDay : published != null ? published : dateline;
        }
        if (d.recalled) {
            relative = null;
            date = date != null && published != null && !date.isBefore(published) ? null : date;
        }
        List<Participant> participants = d.people.values().stream()
                .map(p -> p.open() ? new Participant(null, p.nameEn(), p.role(), p.country(), p.asWritten())
                        : new Participant(p.slug(), nameEn.get(p.slug()), p.role(), p.country(), null))
                .toList();
        String host = d.hostCountry;
        String guest = null;
        if (host != null) {
            guest = participants.stream().map(Participant::country)
                    .filter(c -> c != null && !c.equals(host)).findFirst().orElse(null);
        }
        String locationCountry = d.locationCountry;
        if (locationCountry == null && host != null && !kind.equals("phone_call") && !kind.equals("video_call")) {
            locationCountry = host;
        }
        boolean remote = kind.equals("phone_call") || kind.equals("video_call");
        List<Span> evidence = d.sentences.stream().map(a -> a.sentence.evidence()).distinct().toList();
        return new MeetingFact(date, relative, kind, participants, remote ? null : locationCountry,
                remote ? null : d.locationCity, remote ? null : host, remote ? null : guest, evidence, estimate, d.recalled);
    }

    /**
     * Where the news item's body begins: at an agency's dateline ("ЕРЕВАН, 19 авг – РИА Новости.",
     * "NEW DELHI, May 3 (Reuters) -") when photo captions, a title and links come before it, else at
     * the first sentence.
     */
    static int leadStart(List<SentenceAnalysis> analyses) {
        for (int i = 0; i < Math.min(10, analyses.size()); i++) {
            if (datelineAt(analyses.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether a day is the news item's dateline: it opens the sentence (a weekday or a city before
     * it at most) and a dash or a slash follows it ("Thursday, November 2, 2023 – …", "7 июля,
     * Минск /Корр. БЕЛТА/").
     */
    private static boolean datelineDate(SentenceAnalysis a, DateMention m) {
        int from = a.tokens.isEmpty() ? 0 : a.tokens.getFirst().start();
        if (m.start() - from > 40) { // after a page's date stamp at most
            return false;
        }
        String after = a.nt.text().substring(m.end(), Math.min(a.sentence.end(), m.end() + 30));
        // "Seoul, June 4 (Yonhap) -- President Yoon on June 3 held …": an agency's name in brackets may follow
        return after.matches("(?s)\\s*[,.]?\\s*(\\p{L}+\\s*[,.]?\\s*|\\(\\p{L}[\\p{L} ]*\\)\\s*)?[–—/-].*");
    }

    /** The day of the item's dateline ("كوالالمبور/ 3 مارس/آذار //برناما//"), or null. */
    private static LocalDate wireDay(List<SentenceAnalysis> analyses, int bodyStart, LocalDate published) {
        if (bodyStart >= analyses.size() || !datelineAt(analyses.get(bodyStart))) {
            return null;
        }
        SentenceAnalysis a = analyses.get(bodyStart);
        return a.dates.stream().filter(m -> (m.kind() == DateMention.Kind.DAY || m.kind() == DateMention.Kind.DAY_MONTH)
                && datelineDate(a, m)).findFirst().map(m -> m.resolveDay(published)).orElse(null);
    }

    /** A sentence that begins with a capital, a comma and a day ("ЕРЕВАН, 19 авг"). */
    static boolean datelineAt(SentenceAnalysis a) {
        if (a.tokens.size() < 3 || a.countries.stream().noneMatch(c -> c.token() == 0 && c.kind().equals("capital"))) {
            return false;
        }
        return a.dates.stream().anyMatch(d -> (d.kind() == DateMention.Kind.DAY || d.kind() == DateMention.Kind.DAY_MONTH)
                && d.start() - a.tokens.getFirst().start() <= 40);
    }

    private static final Set<String> REPORTED = Set.of("said", "says", "announced", "reported", "told", "stated",
            "сообщили", "сообщил", "сообщила", "сообщило", "заявил", "заявили", "заявила", "сообщается", "отметили");

    /** A weekday of the report, not of the meeting: "сообщили в четверг в белорусском МИД", "the ministry said on Thursday". */
    private static boolean dayOfReport(SentenceAnalysis a, DateMention m) {
        int t = 0;
        while (t < a.tokens.size() && a.tokens.get(t).start() < m.start()) {
            t++;
        }
        for (int k = Math.max(0, t - 2); k < t; k++) {
            if (REPORTED.contains(a.tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The person the article is most about: named most often. */
    private static String mainActor(List<SentenceAnalysis> analyses) {
        Map<String, Integer> counts = new HashMap<>();
        analyses.forEach(a -> a.people.forEach(p -> counts.merge(p.slug(), 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The article's two sides: of the two countries whose people it names most (and no third as often as the
     * second), the person it names most. Empty when it names people of fewer countries, or of no clear two.
     */
    private static List<PersonRef> pairPeople(List<SentenceAnalysis> analyses) {
        Map<String, Map<String, Integer>> byCountry = new java.util.LinkedHashMap<>();
        Map<String, PersonRef> first = new HashMap<>();
        for (SentenceAnalysis a : analyses) {
            for (PersonRef p : a.people) {
                if (p.country() != null) {
                    byCountry.computeIfAbsent(p.country(), k -> new java.util.LinkedHashMap<>()).merge(p.slug(), 1, Integer::sum);
                    first.putIfAbsent(p.slug(), p);
                }
            }
        }
        List<Map.Entry<String, Map<String, Integer>>> ranked = new ArrayList<>(byCountry.entrySet());
        java.util.function.ToIntFunction<Map.Entry<String, Map<String, Integer>>> mentions =
                e -> e.getValue().values().stream().mapToInt(Integer::intValue).sum();
        ranked.sort(java.util.Comparator.comparingInt(mentions).reversed());
        if (ranked.size() < 2 || ranked.size() > 2 && mentions.applyAsInt(ranked.get(2)) == mentions.applyAsInt(ranked.get(1))) {
            return List.of();
        }
        List<PersonRef> out = new ArrayList<>();
        for (var e : ranked.subList(0, 2)) {
            String slug = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            out.add(first.get(slug));
        }
        return out;
    }

    private static PersonRef findPerson(List<SentenceAnalysis> analyses, String slug) {
        for (SentenceAnalysis a : analyses) {
            for (PersonRef p : a.people) {
                if (p.slug().equals(slug)) {
                    return p;
                }
            }
        }
        return null;
    }
}
