package org.dyad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dyad.extract.Triggers.Signal;
import org.dyad.extract.gazetteer.Gazetteer;
import org.dyad.extract.gazetteer.Gazetteer.Match;
import org.dyad.extract.gazetteer.Gazetteer.Type;
import org.dyad.extract.money.Currencies;
import org.dyad.extract.money.MoneyMention;
import org.dyad.extract.money.MoneyParser;
import org.dyad.extract.people.OpenNames;
import org.dyad.extract.text.NormalizedText;
import org.dyad.extract.text.ScriptLanguageDetector;
import org.dyad.extract.text.Sentence;
import org.dyad.extract.text.SentenceSplitter;
import org.dyad.extract.text.Span;
import org.dyad.extract.text.Token;
import org.dyad.extract.text.Tokenizer;
import org.dyad.extract.time.DateFinder;
import org.dyad.extract.time.DateMention;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;
import org.dyad.reference.files.ReferenceFiles;

/**
 * Turns an article into facts — meetings, trade figures, sectors, organizations, country pairs —
 * each with the sentences that support it. Plain Java: a gazetteer built from the reference files,
 * rules per language, no model. Thread-safe once built.
 */
public final class ArticleParser {

    /** Stored with every fact; bump it when the parser's output changes. */
    public static final String VERSION = "0.1.0";

    private static volatile ArticleParser shared;

    private final Gazetteer gazetteer;
    private final Map<String, String> nameEn = new HashMap<>();
    private final Map<String, List<OfficeTermRow>> termsByPerson = new HashMap<>();
    private final Map<String, List<OfficeTermRow>> termsByOffice = new HashMap<>();
    private final Map<String, String> capitalEn = new HashMap<>();
    private final OpenNames names;

    public ArticleParser(ReferenceData data) {
        this.gazetteer = Gazetteer.of(data);
        List<String> arabicNames = new ArrayList<>();
        data.people().forEach(p -> arabicNames.add(p.nameAr()));
        data.personAliases().stream().filter(a -> a.lang().equals("ar")).forEach(a -> arabicNames.add(a.alias()));
        this.names = new OpenNames(arabicNames);
        data.people().forEach(p -> nameEn.put(p.slug(), p.nameEn()));
        for (OfficeTermRow t : data.officeTerms()) {
            termsByPerson.computeIfAbsent(t.slug(), k -> new ArrayList<>()).add(t);
            termsByOffice.computeIfAbsent(t.countryCode() + "|" + t.role(), k -> new ArrayList<>()).add(t);
        }
        data.countryAliases().stream()
                .filter(a -> a.kind().equals("capital") && a.lang().equals("en"))
                .forEach(a -> capitalEn.putIfAbsent(a.countryCode(), a.alias()));
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

    // ------------------------------------------------------------------ per-sentence analysis

    /**
     * A person named or designated in a sentence. {@code slug} identifies them within the article:
     * a reference slug, or for someone the reference data does not know "~" + country + "|" + the
     * folded surname (named) or "~" + country + "|" + role (a title alone).
     */
    private record PersonRef(int token, String slug, String role, String country, String nameEn, String asWritten) {

        PersonRef(int token, String slug, String role, String country) {
            this(token, slug, role, country, null, null);
        }

        boolean open() {
            return slug.startsWith("~");
        }

        PersonRef as(PersonRef identity) {
            return new PersonRef(token, identity.slug, role, country, identity.nameEn, identity.asWritten);
        }
    }

    private record CountryRef(int token, String code, String kind) {}

    private static final class Analysis {
        NormalizedText nt;
        String lang;
        Sentence sentence;
        List<Token> tokens;
        List<Match> matches;
        List<DateMention> dates;
        List<MoneyMention> money;
        Set<Signal> signals;
        List<PersonRef> people = new ArrayList<>();
        List<CountryRef> countries = new ArrayList<>();
        List<OpenNames.Name> openNames = new ArrayList<>();
        boolean[] known;
    }

    public ParsedArticle parse(String text, String requestedLang, LocalDate requestedPublished) {
        String lang = requestedLang != null && !requestedLang.equals("auto") ? requestedLang
                : ScriptLanguageDetector.detect(text).orElse("en");
        NormalizedText nt = NormalizedText.of(text);
        List<Sentence> sentences = SentenceSplitter.split(nt);
        List<Analysis> analyses = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            Analysis a = new Analysis();
            a.nt = nt;
            a.lang = lang;
            a.sentence = s;
            a.tokens = Tokenizer.tokenize(nt.text(), s.start(), s.end());
            a.matches = gazetteer.match(nt, a.tokens, lang);
            a.dates = DateFinder.find(a.tokens, lang);
            a.money = MoneyParser.find(a.tokens, lang);
            a.signals = Triggers.detect(a.tokens, lang);
            analyses.add(a);
        }
        LocalDate stamp = dateStamp(nt, analyses);
        LocalDate published = requestedPublished != null ? requestedPublished : stamp != null ? stamp : datelineDate(analyses);
        String title = title(text, sentences);

        Set<String> fullNames = new LinkedHashSet<>();
        for (Analysis a : analyses) {
            a.matches.stream().filter(m -> m.entry().type() == Type.PERSON).forEach(m -> fullNames.add(m.entry().id()));
        }
        for (Analysis a : analyses) {
            LocalDate day = dayOf(a, published);
            resolvePeopleAndCountries(a, fullNames, day == null ? LocalDate.now() : day, day == null, lang);
        }
        linkOpenPeople(analyses, lang);

        List<MeetingFact> meetings = meetings(analyses, published, datelineDate(analyses), lang);
        List<String> mainPair = mainPair(meetings, analyses);
        List<TradeFact> trade = trade(analyses, published, mainPair, lang);
        List<Mention> sectors = mentions(analyses, Type.SECTOR);
        List<Mention> organizations = mentions(analyses, Type.ORGANIZATION);
        List<List<String>> pairs = countryPairs(meetings, trade, mainPair);
        if (pairs.isEmpty()) {
            sectors = List.of(); // a field of cooperation needs two parties: no relation reported, no sector
        }
        return new ParsedArticle(lang, published, title, meetings, trade, sectors, organizations, pairs);
    }

    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "\\s*(?:date\\s*:?\\s*)?\\d{4}-\\d{2}-\\d{2}\\b");

    /**
     * A page saved from the web often starts with its date as a stamp ("2024-09-16 …", "date
     * 2024-09-16"): that is when it was published, not a date the article speaks of, so it is taken
     * out of the first sentence's dates.
     */
    private static LocalDate dateStamp(NormalizedText nt, List<Analysis> analyses) {
        java.util.regex.Matcher m = STAMP.matcher(nt.text());
        if (analyses.isEmpty() || !m.lookingAt()) {
            return null;
        }
        Analysis first = analyses.getFirst();
        for (DateMention d : first.dates) {
            if (d.kind() == DateMention.Kind.DAY && d.end() <= m.end() + 1) {
                first.dates = new ArrayList<>(first.dates);
                first.dates.remove(d);
                return d.date();
            }
        }
        return null;
    }

    private static LocalDate datelineDate(List<Analysis> analyses) {
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

    /** The day a sentence speaks of, for resolving titles to office holders. */
    private static LocalDate dayOf(Analysis a, LocalDate published) {
        for (DateMention d : a.dates) {
            LocalDate day = d.resolveDay(published);
            if (day != null) {
                return day;
            }
        }
        return published; // null: the article says nowhere when it is
    }

    private void resolvePeopleAndCountries(Analysis a, Set<String> fullNames, LocalDate day, boolean undated, String lang) {
        List<Match> ms = a.matches;
        Set<Integer> boundPersons = new java.util.HashSet<>();
        // tokens a name after a title may not run into: countries, titles, organizations, full names
        // (a surname of someone the reference data knows may be part of another person's name)
        boolean[] known = new boolean[a.tokens.size()];
        for (Match m : ms) {
            for (int k = m.firstToken(); k < m.endToken() && m.entry().type() != Type.SURNAME; k++) {
                known[k] = true;
            }
        }
        a.known = known;
        List<OpenNames.Name> openNames = a.openNames;
        for (int i = 0; i < ms.size(); i++) {
            Match m = ms.get(i);
            switch (m.entry().type()) {
                case COUNTRY -> a.countries.add(new CountryRef(m.firstToken(), m.entry().id(), m.entry().kind()));
                case ROLE -> {
                    String role = m.entry().id();
                    String country = null;
                    int after = i + 1;
                    // "رئيس وزراء جمهورية كازاخستان", "Prime Minister of Kazakhstan", "Премьер-министр Казахстана"
                    if (after < ms.size() && ms.get(after).entry().type() == Type.COUNTRY
                            && ms.get(after).firstToken() - m.endToken() <= 2) {
                        country = ms.get(after).entry().id();
                        after++;
                    } else if (i > 0 && ms.get(i - 1).entry().type() == Type.COUNTRY
                            && m.firstToken() - ms.get(i - 1).endToken() <= 1
                            && !lang.equals("ar")) {
                        country = ms.get(i - 1).entry().id(); // "Kazakh President", "казахстанский президент"
                    }
                    if (country == null) {
                        break;
                    }
                    // "فوميو كيشيدا، رئيس الوزراء الياباني، وسيريل رامافوزا": a title right after a name
                    // (a comma between) describes that name, not the one that follows
                    int titleStart = countryBefore(ms, i, lang) ? ms.get(i - 1).firstToken() : m.firstToken();
                    int before = countryBefore(ms, i, lang) ? i - 2 : i - 1;
                    int titleEnd = after > i + 1 ? ms.get(after - 1).endToken() : m.endToken();
                    boolean nameFollows = after < ms.size() && ms.get(after).entry().type() == Type.PERSON
                            && ms.get(after).firstToken() - titleEnd <= 1
                            && !a.tokens.get(Math.min(titleEnd, a.tokens.size() - 1)).text().matches("[,،]")
                            || titleEnd < a.tokens.size() && a.tokens.get(titleEnd).isWord() && !known[titleEnd]
                            && !lang.equals("ar") && capitalizedAt(a, titleEnd, lang);
                    if (!nameFollows && before >= 0 && ms.get(before).entry().type() == Type.PERSON && !boundPersons.contains(before)
                            && titleStart - ms.get(before).endToken() <= 1
                            && (titleStart == ms.get(before).endToken() || a.tokens.get(titleStart - 1).text().equals(",")
                                || a.tokens.get(titleStart - 1).text().equals("،"))) {
                        Match person = ms.get(before);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(before);
                        break;
                    }
                    int nameFrom = after > i + 1 ? ms.get(after - 1).endToken() : m.endToken();
                    OpenNames.Name name;
                    if (after < ms.size() && ms.get(after).entry().type() == Type.PERSON
                            && ms.get(after).firstToken() - ms.get(after - 1).endToken() <= 2) {
                        Match person = ms.get(after);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(after);
                    } else if (after < ms.size() && ms.get(after).entry().type() == Type.SURNAME
                            && ms.get(after).firstToken() == nameStart(a, nameFrom)
                            && !capitalizedAt(a, ms.get(after).endToken(), lang)) {
                        // "President Erdogan": the surname of someone the reference data knows, alone
                        Match person = ms.get(after);
                        a.people.add(new PersonRef(person.firstToken(), person.entry().id(), role, country));
                        boundPersons.add(after);
                    } else if (!headline(a, lang) && (name = names.after(a.nt, a.tokens, nameFrom, known, lang,
                            a.tokens.get(m.firstToken()).text())) != null) {
                        String key = "~" + country + "|" + OpenNames.surnameKey(name.asWritten(), lang);
                        a.people.add(new PersonRef(name.firstToken(), key, role, country, name.latin(), name.asWritten()));
                        openNames.add(name);
                    } else {
                        String holder = role.equals("counterpart") ? null : holder(country, role, day);
                        a.people.add(holder != null ? new PersonRef(m.firstToken(), holder, role, country)
                                : new PersonRef(m.firstToken(), "~" + country + "|" + role, role, country));
                    }
                }
                default -> { }
            }
        }
        for (int i = 0; i < ms.size(); i++) {
            Match m = ms.get(i);
            boolean person = m.entry().type() == Type.PERSON;
            boolean surname = m.entry().type() == Type.SURNAME && fullNames.contains(m.entry().id());
            if ((person || surname) && !boundPersons.contains(i)) {
                String slug = m.entry().id();
                OfficeTermRow term = termOn(slug, day, undated);
                a.people.add(new PersonRef(m.firstToken(), slug, term == null ? "other" : term.role(),
                        term == null ? lastCountry(slug) : term.countryCode()));
            }
        }
        a.people.sort(Comparator.comparingInt(PersonRef::token));
        // "his Indian counterpart", "نظيره الهندي", "с индийским коллегой": the office of the other side
        for (int k = 0; k < a.people.size(); k++) {
            PersonRef p = a.people.get(k);
            if (p.role().equals("counterpart")) {
                String role = a.people.stream()
                        .filter(o -> !o.role().equals("counterpart") && o.country() != null && !o.country().equals(p.country()))
                        .map(PersonRef::role).findFirst().orElse(null);
                if (role == null) {
                    continue; // the other side is not in this sentence: settled for the whole article
                }
                String slug = p.slug().endsWith("|counterpart") ? "~" + p.country() + "|" + role : p.slug();
                String holder = p.open() && p.nameEn() == null ? holder(p.country(), role, day) : null;
                a.people.set(k, holder != null ? new PersonRef(p.token(), holder, role, p.country())
                        : new PersonRef(p.token(), slug, role, p.country(), p.nameEn(), p.asWritten()));
            }
        }
    }

    /** Whether the title at {@code i} has its country before it ("Kazakh President"; not in Arabic). */
    private static boolean countryBefore(List<Match> ms, int i, String lang) {
        boolean after = i + 1 < ms.size() && ms.get(i + 1).entry().type() == Type.COUNTRY
                && ms.get(i + 1).firstToken() - ms.get(i).endToken() <= 2;
        return !after && i > 0 && ms.get(i - 1).entry().type() == Type.COUNTRY
                && ms.get(i).firstToken() - ms.get(i - 1).endToken() <= 1 && !lang.equals("ar");
    }

    /** Where a name after a title would start: past a comma and honorific words. */
    private static int nameStart(Analysis a, int from) {
        int i = from;
        if (i < a.tokens.size() && a.tokens.get(i).text().equals(",")) {
            i++;
        }
        while (i < a.tokens.size() && OpenNames.isHonorific(a.tokens.get(i).text(), a.lang)) {
            i++;
        }
        return i;
    }

    /** Whether the word at {@code i} could continue a name (a capitalised word; in Arabic, any word). */
    private static boolean capitalizedAt(Analysis a, int i, String lang) {
        if (i >= a.tokens.size() || !a.tokens.get(i).isWord()) {
            return false;
        }
        if (lang.equals("ar")) {
            return false;
        }
        Token t = a.tokens.get(i);
        return Character.isUpperCase(a.nt.originalText(t.start(), t.end()).charAt(0));
    }

    /**
     * An English line in title case ("Uzbek President Highlights Regional Integration"): its capitals
     * say nothing about names.
     */
    private static boolean headline(Analysis a, String lang) {
        if (!lang.equals("en") || a.sentence.text().strip().endsWith(".")) {
            return false; // a sentence of the body, however many names it has
        }
        int words = 0;
        int capitals = 0;
        for (Token t : a.tokens) {
            if (t.isWord() && t.text().length() > 3) {
                words++;
                if (Character.isUpperCase(a.nt.originalText(t.start(), t.end()).charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 10 >= words * 7;
    }

    private static final Set<String> TITLE_KEYS = Set.of("president", "monarch", "crown_prince", "vice_president",
            "prime_minister", "deputy_prime_minister", "foreign_minister", "minister", "speaker", "ambassador", "other");

    /**
     * Joins the mentions of people the reference data does not know: a title alone ("the Egyptian
     * president") becomes the one person of that country and office the article names, and a
     * surname alone ("Sisi said", "السيسي", "Сиси") the person named in full elsewhere in the article.
     */
    private void linkOpenPeople(List<Analysis> analyses, String lang) {
        // "لقاء الوزير مع نظيره القيرغيزي": the counterpart holds the office of the article's other side
        for (Analysis a : analyses) {
            for (int k = 0; k < a.people.size(); k++) {
                PersonRef p = a.people.get(k);
                if (!p.role().equals("counterpart")) {
                    continue;
                }
                String role = analyses.stream().flatMap(x -> x.people.stream())
                        .filter(o -> !o.role().equals("counterpart") && o.country() != null && !o.country().equals(p.country()))
                        .map(PersonRef::role).findFirst().orElse("other");
                String slug = p.slug().endsWith("|counterpart") ? "~" + p.country() + "|" + role : p.slug();
                a.people.set(k, new PersonRef(p.token(), slug, role, p.country(), p.nameEn(), p.asWritten()));
            }
        }
        Map<String, PersonRef> bySurname = new LinkedHashMap<>();
        Map<String, Set<String>> byOffice = new HashMap<>();
        Map<String, PersonRef> identity = new HashMap<>();
        for (Analysis a : analyses) {
            for (PersonRef p : a.people) {
                boolean titleOnly = p.open() && TITLE_KEYS.contains(p.slug().substring(p.slug().indexOf('|') + 1));
                if (titleOnly || p.country() == null) {
                    continue;
                }
                identity.putIfAbsent(p.slug(), p);
                byOffice.computeIfAbsent(p.country() + "|" + p.role(), k -> new LinkedHashSet<>()).add(p.slug());
                if (p.open()) {
                    String surname = p.slug().substring(p.slug().indexOf('|') + 1);
                    if (surname.length() >= 3) {
                        bySurname.putIfAbsent(surname, p);
                    }
                }
            }
        }
        for (Analysis a : analyses) {
            for (int k = 0; k < a.people.size(); k++) {
                PersonRef p = a.people.get(k);
                if (p.open() && p.slug().endsWith("|" + p.role()) && p.nameEn() == null) {
                    Set<String> holders = byOffice.getOrDefault(p.country() + "|" + p.role(), Set.of());
                    if (holders.size() == 1) {
                        a.people.set(k, p.as(identity.get(holders.iterator().next())));
                    }
                }
            }
            if (bySurname.isEmpty()) {
                continue;
            }
            boolean[] taken = a.known.clone();
            for (OpenNames.Name n : a.openNames) {
                for (int t = n.firstToken(); t < n.endToken(); t++) {
                    taken[t] = true;
                }
            }
            boolean added = false;
            for (int t = 0; t < a.tokens.size(); t++) {
                Token tok = a.tokens.get(t);
                if (taken[t] || !tok.isWord()) {
                    continue;
                }
                PersonRef who = surnameMention(a, tok, bySurname, lang);
                if (who != null) {
                    a.people.add(new PersonRef(t, who.slug(), who.role(), who.country(), who.nameEn(), who.asWritten()));
                    added = true;
                }
            }
            if (added) {
                a.people.sort(Comparator.comparingInt(PersonRef::token));
            }
        }
    }

    private static final List<String> AR_NAME_PREFIXES = List.of("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف");

    private static PersonRef surnameMention(Analysis a, Token tok, Map<String, PersonRef> bySurname, String lang) {
        String w = tok.text();
        if (lang.equals("ar")) {
            PersonRef p = bySurname.get(w);
            for (int i = 0; p == null && i < AR_NAME_PREFIXES.size(); i++) {
                String prefix = AR_NAME_PREFIXES.get(i);
                if (w.startsWith(prefix) && w.length() > prefix.length() + 2) {
                    p = bySurname.get(w.substring(prefix.length()));
                }
            }
            return p;
        }
        String original = a.nt.originalText(tok.start(), tok.end());
        if (!Character.isUpperCase(original.codePointAt(0))) {
            return null;
        }
        int dash = w.indexOf('-');
        String bare = dash > 0 && dash < w.length() - 2 ? w.substring(dash + 1) : w;
        bare = bare.endsWith("'s") || bare.endsWith("’s") ? bare.substring(0, bare.length() - 2) : bare;
        PersonRef p = bySurname.get(bare);
        if (p == null && lang.equals("ru")) {
            for (int cut = 1; cut <= 2 && p == null && bare.length() - cut >= 3; cut++) {
                p = bySurname.get(bare.substring(0, bare.length() - cut)); // "Эрдогана", "Эрдоганом"
            }
        }
        return p;
    }

    private String holder(String country, String role, LocalDate day) {
        List<OfficeTermRow> terms = termsByOffice.getOrDefault(country + "|" + role, List.of());
        List<OfficeTermRow> covering = terms.stream().filter(t -> covers(t, day)).toList();
        return covering.size() == 1 ? covering.getFirst().slug() : null;
    }

    private OfficeTermRow termOn(String slug, LocalDate day) {
        return termOn(slug, day, false);
    }

    private OfficeTermRow termOn(String slug, LocalDate day, boolean undated) {
        List<OfficeTermRow> terms = termsByPerson.getOrDefault(slug, List.of());
        List<String> order = List.of("president", "monarch", "crown_prince", "prime_minister", "vice_president",
                "deputy_prime_minister", "foreign_minister", "speaker", "minister",
                "ambassador", "other");
        OfficeTermRow current = terms.stream().filter(t -> covers(t, day))
                .min(Comparator.comparingInt(t -> order.indexOf(t.role())))
                .orElse(null);
        if (current != null || !undated) {
            return current;
        }
        // an article with no date at all: the office the person held last (the press names
        // leaders mostly while in office)
        return terms.stream().filter(t -> !t.from().first().isAfter(day))
                .max(Comparator.comparing(t -> t.from().first())).orElse(null);
    }

    private String lastCountry(String slug) {
        return termsByPerson.getOrDefault(slug, List.of()).stream()
                .max(Comparator.comparing(t -> t.from().first()))
                .map(OfficeTermRow::countryCode).orElse(null);
    }

    private static boolean covers(OfficeTermRow t, LocalDate day) {
        return !day.isBefore(t.from().first()) && (t.to() == null || !day.isAfter(t.to().last()));
    }

    // ------------------------------------------------------------------ meetings

    private static final List<String> KIND_PRIORITY = List.of("state_visit", "official_visit", "working_visit",
            "sidelines_meeting", "video_call", "phone_call", "summit", "talks", "reception", "other");

    private static final class MeetingDraft {
        final LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
        final Set<String> kinds = new LinkedHashSet<>();
        final List<Analysis> sentences = new ArrayList<>();
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
    private java.util.Optional<MeetingDraft> recalled(Analysis a, LocalDate published) {
        LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
        a.people.forEach(p -> people.putIfAbsent(p.slug(), p));
        long countries = people.values().stream().map(PersonRef::country).filter(java.util.Objects::nonNull).distinct().count();
        boolean dated = a.dates.stream().anyMatch(d -> d.resolveYear(published) != null || d.kind() == DateMention.Kind.DAY);
        boolean placed = a.countries.stream().anyMatch(c -> c.kind().equals("capital"));
        if (countries < 2 || !(dated || placed)) {
            return java.util.Optional.empty();
        }
        MeetingDraft d = new MeetingDraft();
        d.recalled = true;
        d.people.putAll(people);
        d.kinds.addAll(kinds(a.signals, people.size()));
        d.sentences.add(a);
        locate(a, d, a.lang);
        return java.util.Optional.of(d);
    }

    private List<MeetingFact> meetings(List<Analysis> analyses, LocalDate published, LocalDate dateline, String lang) {
        List<MeetingDraft> drafts = new ArrayList<>();
        Set<MeetingDraft> kindsOnly = new java.util.HashSet<>();
        String mainActor = mainActor(analyses);
        for (Analysis a : analyses) {
            Set<Signal> s = a.signals;
            boolean trigger = !java.util.Collections.disjoint(s, EnumSet.of(Signal.STATE_VISIT, Signal.OFFICIAL_VISIT,
                    Signal.WORKING_VISIT, Signal.VISIT, Signal.TALKS, Signal.PHONE, Signal.VIDEO, Signal.SUMMIT,
                    Signal.SIDELINES, Signal.RECEPTION, Signal.MEETING));
            if (!trigger || s.contains(Signal.FUTURE)) {
                continue;
            }
            if (isBackground(a, published)) {
                recalled(a, published).ifPresent(drafts::add);
                continue;
            }
            if (a.people.isEmpty()) {
                // "The visit is official", "the leaders discussed at the summit": the kind of the meeting just told
                if (!drafts.isEmpty()) {
                    drafts.getLast().kinds.addAll(kinds(s, drafts.getLast().people.size()));
                    kindsOnly.add(drafts.getLast());
                }
                continue;
            }
            LinkedHashMap<String, PersonRef> people = new LinkedHashMap<>();
            a.people.forEach(p -> people.putIfAbsent(p.slug(), p));
            MeetingDraft target = null;
            for (int i = drafts.size() - 1; i >= Math.max(0, drafts.size() - 20) && target == null; i--) {
                if (!drafts.get(i).recalled && sameMeeting(drafts.get(i), people.keySet(), s)) {
                    target = drafts.get(i);
                }
            }
            if (target == null) {
                target = new MeetingDraft();
                drafts.add(target);
            }
            people.forEach(target.people::putIfAbsent);
            target.kinds.addAll(kinds(s, people.size()));
            target.sentences.add(a);
            locate(a, target, lang);
        }
        List<MeetingFact> facts = new ArrayList<>();
        for (MeetingDraft d : drafts) {
            if (d.people.size() == 1 && mainActor != null && !d.people.containsKey(mainActor)) {
                PersonRef only = d.people.values().iterator().next();
                PersonRef actor = findPerson(analyses, mainActor);
                if (actor != null && actor.country() != null && !actor.country().equals(only.country())) {
                    d.people.put(mainActor, actor);
                }
            }
            if (d.people.size() < 2) {
                continue; // one person alone is a statement, not a meeting
            }
            facts.add(toFact(d, analyses, published, dateline));
        }
        // meetings told without a date of their own share the day (or estimate) of the article's first dated meeting
        LocalDate first = facts.stream().filter(f -> !f.recalled()).map(MeetingFact::date).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        LocalDate estimate = facts.stream().filter(f -> !f.recalled()).map(MeetingFact::dateEstimate)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<MeetingFact> dated = new ArrayList<>();
        for (MeetingFact f : facts) {
            if (f.recalled() || f.date() != null || first == null && estimate == null) {
                dated.add(f);
            } else {
                dated.add(new MeetingFact(first, f.relative(), f.kind(), f.participants(), f.locationCountry(),
                        f.locationCity(), f.hostCountry(), f.guestCountry(), f.evidence(),
                        first == null ? estimate : null, false));
            }
        }
        return dated;
    }

    /**
     * A sentence reports the same meeting when it names the same people, or one of them alone (a
     * pair's meeting told in several sentences). A pair inside a larger gathering, or any sentence
     * about the sidelines, is a meeting of its own: a bilateral meeting at a summit.
     */
    private static boolean sameMeeting(MeetingDraft d, Set<String> people, Set<Signal> signals) {
        Set<String> existing = d.people.keySet();
        if (existing.equals(people)) {
            return true;
        }
        if (signals.contains(Signal.SIDELINES)) {
            return false;
        }
        if (people.size() == 1) {
            return existing.containsAll(people);
        }
        return existing.size() <= 2 && people.size() <= 2
                && (existing.containsAll(people) || people.containsAll(existing));
    }

    private boolean isBackground(Analysis a, LocalDate published) {
        if (a.signals.contains(Signal.BACKGROUND)) {
            return true;
        }
        for (DateMention d : a.dates) {
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
            if (published != null && day != null && day.isBefore(published.minusDays(10))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> kinds(Set<Signal> s, int people) {
        Set<String> k = new LinkedHashSet<>();
        if (s.contains(Signal.STATE_VISIT)) {
            k.add("state_visit");
        }
        if (s.contains(Signal.OFFICIAL_VISIT)) {
            k.add("official_visit");
        }
        if (s.contains(Signal.WORKING_VISIT)) {
            k.add("working_visit");
        }
        if (s.contains(Signal.SIDELINES) || (s.contains(Signal.SUMMIT) && people == 2
                && (s.contains(Signal.TALKS) || s.contains(Signal.MEETING)))) {
            k.add("sidelines_meeting");
        }
        if (s.contains(Signal.VIDEO)) {
            k.add("video_call");
        } else if (s.contains(Signal.PHONE)) {
            k.add("phone_call");
        }
        if (s.contains(Signal.SUMMIT)) {
            k.add("summit");
        }
        if (s.contains(Signal.TALKS)) {
            k.add("talks");
        }
        if (s.contains(Signal.RECEPTION)) {
            k.add("reception");
        }
        if (k.isEmpty()) {
            k.add("other");
        }
        return k;
    }

    /** Where: the country visited ("يزور طاجيكستان", "visit to Tajikistan"), a capital named, the host. */
    private void locate(Analysis a, MeetingDraft d, String lang) {
        boolean visit = a.signals.contains(Signal.VISIT) || a.signals.contains(Signal.STATE_VISIT)
                || a.signals.contains(Signal.OFFICIAL_VISIT) || a.signals.contains(Signal.WORKING_VISIT);
        for (CountryRef c : a.countries) {
            boolean datelineCapital = a.sentence.index() == 0 && c.token() == 0;
            if (c.kind().equals("capital") && !datelineCapital && d.locationCity == null) {
                d.locationCity = capitalEn.get(c.code());
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

    private MeetingFact toFact(MeetingDraft d, List<Analysis> analyses, LocalDate published, LocalDate dateline) {
        String kind = KIND_PRIORITY.stream().filter(d.kinds::contains).findFirst().orElse("other");
        long countries = d.people.values().stream().map(PersonRef::country).filter(java.util.Objects::nonNull).distinct().count();
        if (countries >= 3 && (kind.equals("other") || kind.equals("talks") || kind.equals("reception"))) {
            kind = "summit"; // leaders of three or more states gathered
        }
        LocalDate date = null;
        String relative = null;
        outer:
        for (Analysis a : d.sentences) {
            for (DateMention m : a.dates) {
                if (m.kind() == DateMention.Kind.DAY || m.kind() == DateMention.Kind.DAY_MONTH) {
                    date = m.resolveDay(published);
                    if (date != null) {
                        break outer;
                    }
                }
                if (m.kind() == DateMention.Kind.RELATIVE_DAY && !"tomorrow".equals(m.relative())) {
                    relative = m.relative();
                    date = m.resolveDay(published);
                    break outer;
                }
            }
        }
        if (date == null && relative == null) {
            for (Analysis a : d.sentences) {
                for (DateMention m : a.dates) {
                    if (m.kind() == DateMention.Kind.WEEKDAY && date == null) {
                        date = m.resolveDay(published); // "on Thursday": the latest Thursday up to publication
                    }
                }
            }
        }
        LocalDate estimate = null;
        boolean lead = !d.recalled && d.sentences.getFirst().sentence.index() <= 2;
        if (date == null && relative == null && lead) {
            // a news item's lead is most likely about the day it was published (or of its dateline),
            // but the text does not say so: an estimate, not the meeting's stated date
            estimate = published != null ? published : dateline;
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

    /** The person the article is most about: named most often. */
    private static String mainActor(List<Analysis> analyses) {
        Map<String, Integer> counts = new HashMap<>();
        analyses.forEach(a -> a.people.forEach(p -> counts.merge(p.slug(), 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static PersonRef findPerson(List<Analysis> analyses, String slug) {
        for (Analysis a : analyses) {
            for (PersonRef p : a.people) {
                if (p.slug().equals(slug)) {
                    return p;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ trade

    private static final Map<String, List<String>> TRADE_WORDS = Map.of(
            "turnover", List.of("التبادل", "التجاري", "حجم التجاره", "التجاره", "товарооборот", "торговл", "оборот",
                    "turnover", "trade"),
            "export", List.of("صادرات", "الصادرات", "تصدير", "экспорт", "export"),
            "import", List.of("واردات", "الواردات", "استيراد", "импорт", "import"),
            "target", List.of("رفع", "الوصول", "هدف", "الهدف", "امكانات", "امكانيات", "سيصل", "سيبلغ",
                    "مستهدف", "المستهدف", "يستهدف", "نستهدف", "مضاعفه", "довести", "доведени", "нарастить", "наращивани",
                    "увеличить", "увеличени", "цель", "цели", "целью", "потенциал", "ориентир", "достижени", "достичь",
                    "достигнет", "составит", "превысит", "вырастет", "планиру", "target", "goal", "potential", "aim",
                    "expected", "projected", "forecast", "envisaged", "envisages"),
            "investment", List.of("استثمار", "الاستثمار", "الاستثمارات", "استثمارات", "инвестиц", "вложени",
                    "investment", "invest"),
            "contracts", List.of("عقود", "العقود", "اتفاقيات", "الاتفاقيات", "صفقات", "контракт", "соглашени",
                    "сделк", "договор", "contract", "agreement", "deal"));

    private List<TradeFact> trade(List<Analysis> analyses, LocalDate published, List<String> mainPair, String lang) {
        List<TradeFact> out = new ArrayList<>();
        Integer carriedYear = null;
        String carriedRelative = null;
        int carriedFrom = -10;
        for (Analysis a : analyses) {
            String[] tokenKinds = a.money.isEmpty() ? null : tokenKinds(a.tokens);
            for (MoneyMention found : a.money) {
                MoneyMention m = settleCurrency(a, found, mainPair);
                String kind = m == null ? null : tradeKind(a.tokens, tokenKinds, m);
                if (kind == null) {
                    continue;
                }
                Integer year = null;
                String relativeYear = null;
                DateMention best = null;
                int bestDistance = Integer.MAX_VALUE;
                for (DateMention d : a.dates) {
                    if (d.kind() == DateMention.Kind.RELATIVE_DAY) {
                        continue;
                    }
                    int distance = Math.abs(d.start() - m.start());
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    year = best.resolveYear(published);
                    if (best.kind() == DateMention.Kind.RELATIVE_YEAR) {
                        relativeYear = best.relative();
                    }
                }
                boolean period = kind.equals("turnover") || kind.equals("export") || kind.equals("import");
                if (best == null && period && a.sentence.index() - carriedFrom <= 2) {
                    year = carriedYear; // "…in 2023. Exports accounted for $1.2 billion": the same period
                    relativeYear = carriedRelative;
                }
                if (best != null && period) {
                    carriedYear = year;
                    carriedRelative = relativeYear;
                    carriedFrom = a.sentence.index();
                }
                List<String> countries = tradeCountries(a, mainPair, kind);
                TradeFact fact = new TradeFact(m.amount(), m.currency(), m.amountUsd(), year, relativeYear, kind,
                        countries, m.qualifier().name().toLowerCase(), List.of(a.sentence.evidence()));
                mergeOrAdd(out, fact);
            }
        }
        return out;
    }

    /**
     * A riyal, dinar or pound is the currency of the state its adjective names ("ريال سعودي",
     * "Egyptian pounds"), else of the one state of the article's pair (and the sentence's countries)
     * that calls its money so; when that is not one state, the amount is not a figure Dyad can state.
     */
    private static MoneyMention settleCurrency(Analysis a, MoneyMention m, List<String> mainPair) {
        if (!Currencies.isFamily(m.currency())) {
            return m;
        }
        String code = null;
        for (CountryRef c : a.countries) {
            Token t = a.tokens.get(c.token());
            if (c.kind().equals("adjective") && (t.start() >= m.end() && t.start() - m.end() <= 2
                    || t.end() <= m.start() && m.start() - t.end() <= 2)) {
                code = Currencies.resolve(m.currency(), c.code()); // "ريال سعودي", "Egyptian pounds"
            }
        }
        if (code == null) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> countries = new ArrayList<>(mainPair);
            a.countries.forEach(c -> countries.add(c.code()));
            for (String country : countries) {
                String c = Currencies.resolve(m.currency(), country);
                if (c != null) {
                    codes.add(c);
                }
            }
            code = codes.size() == 1 ? codes.iterator().next() : null;
        }
        return code == null ? null : new MoneyMention(m.start(), m.end(), m.amount(), code, m.qualifier());
    }

    private static final Set<String> ENGLISH_GOAL_VERBS = Set.of("reach", "bring", "raise", "increase", "boost", "double",
            "touch", "cross", "hit", "exceed", "surpass", "triple",
            "lift", "expand");

    /**
     * The same amount, currency and kind stated twice (a headline and its body, a summary) is one
     * figure with both sentences as evidence, unless the two name different years.
     */
    private static void mergeOrAdd(List<TradeFact> facts, TradeFact fact) {
        for (int i = Math.max(0, facts.size() - 50); i < facts.size(); i++) {
            TradeFact f = facts.get(i);
            boolean same = f.value().compareTo(fact.value()) == 0 && f.currency().equals(fact.currency())
                    && f.kind().equals(fact.kind())
                    && (f.year() == null || fact.year() == null || f.year().equals(fact.year()));
            if (same) {
                List<Span> evidence = new ArrayList<>(f.evidence());
                fact.evidence().stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
                Integer year = f.year() != null ? f.year() : fact.year();
                String relative = f.relativeYear() != null ? f.relativeYear() : fact.relativeYear();
                facts.set(i, new TradeFact(f.value(), f.currency(), f.valueUsd(), year, relative, f.kind(),
                        f.countries(), f.qualifier(), List.copyOf(evidence)));
                return;
            }
        }
        facts.add(fact);
    }

    /** "to reach", "will cross", "would double": a goal or a forecast, not a figure reached. */
    private static final Set<String> GOAL_AUXILIARIES = Set.of("to", "will", "would", "could", "soon");

    /** The trade kind each token of a sentence names, if any ("target" also for "to reach"). */
    private static String[] tokenKinds(List<Token> tokens) {
        String[] kinds = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (i > 0 && GOAL_AUXILIARIES.contains(tokens.get(i - 1).text()) && ENGLISH_GOAL_VERBS.contains(t.text())) {
                kinds[i] = "target"; // "to reach", "to bring trade to"
                continue;
            }
            for (var e : TRADE_WORDS.entrySet()) {
                if (e.getValue().stream().anyMatch(w -> matchesTradeWord(t.text(), w))) {
                    if (kinds[i] == null || !e.getKey().equals("turnover")) {
                        kinds[i] = e.getKey();
                    }
                }
            }
        }
        return kinds;
    }

    private static final Set<String> FROM_WORDS = Set.of("from", "من", "с", "со", "от");

    /** Tokens looked at on each side of an amount for its kind. */
    private static final int KIND_WINDOW = 40;

    /** The kind named nearest before the amount (target wins over turnover), else nearest after. */
    private static String tradeKind(List<Token> tokens, String[] kinds, MoneyMention m) {
        int first = firstTokenAt(tokens, m.start());
        int last = first;
        while (last < tokens.size() && tokens.get(last).end() <= m.end()) {
            last++;
        }
        String before = null;
        boolean target = false;
        for (int i = first - 1; i >= Math.max(0, first - KIND_WINDOW); i--) {
            if (kinds[i] == null) {
                continue;
            }
            if (kinds[i].equals("target")) {
                target = true;
            }
            if (before == null || (before.equals("turnover") && !kinds[i].equals("turnover") && first - i <= 3)) {
                before = kinds[i];
            }
        }
        String after = null;
        for (int i = last; i < Math.min(tokens.size(), last + KIND_WINDOW) && after == null; i++) {
            after = kinds[i];
        }
        String kind = before != null ? before : after;
        // "to raise trade from $12 billion to $20 billion": the first amount is where trade stands
        boolean from = first > 0 && FROM_WORDS.contains(tokens.get(first - 1).text())
                && ("turnover".equals(kind) || "export".equals(kind) || "import".equals(kind));
        if (target && !from && ("turnover".equals(kind) || "export".equals(kind) || "import".equals(kind) || "target".equals(kind))) {
            return "target";
        }
        return kind;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean matchesTradeWord(String token, String word) {
        if (word.contains(" ")) {
            return false; // phrases are covered by their words
        }
        if (token.isEmpty() || Character.UnicodeScript.of(token.charAt(0)) != Character.UnicodeScript.of(word.charAt(0))) {
            return false;
        }
        if (Character.UnicodeScript.of(word.charAt(0)) == Character.UnicodeScript.ARABIC) {
            if (token.equals(word)) {
                return true;
            }
            for (String p : List.of("و", "ب", "ل", "ف", "وال", "بال", "لل")) {
                if (token.startsWith(p) && token.substring(p.length()).equals(word)) {
                    return true;
                }
                if (token.startsWith(p) && ("ال" + token.substring(p.length())).equals(word)) {
                    return true;
                }
            }
            return false;
        }
        return token.startsWith(word);
    }

    private static List<String> tradeCountries(Analysis a, List<String> mainPair, String kind) {
        List<String> named = a.countries.stream().map(CountryRef::code).distinct().toList();
        if (named.size() >= 2) {
            return List.of(named.get(0), named.get(1));
        }
        if (named.size() == 1 && mainPair.size() == 2 && mainPair.contains(named.getFirst())) {
            String other = mainPair.get(0).equals(named.getFirst()) ? mainPair.get(1) : mainPair.get(0);
            return List.of(named.getFirst(), other);
        }
        return mainPair;
    }

    // ------------------------------------------------------------------ pairs, mentions

    private static List<String> mainPair(List<MeetingFact> meetings, List<Analysis> analyses) {
        for (MeetingFact m : meetings) {
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (countries.size() == 2) {
                return countries;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        analyses.forEach(a -> a.countries.forEach(c -> counts.merge(c.code(), 1, Integer::sum)));
        analyses.forEach(a -> a.people.forEach(p -> {
            if (p.country() != null) {
                counts.merge(p.country(), 1, Integer::sum);
            }
        }));
        boolean relations = analyses.stream().anyMatch(a -> !a.money.isEmpty() || !java.util.Collections.disjoint(a.signals,
                EnumSet.of(Signal.STATE_VISIT, Signal.OFFICIAL_VISIT, Signal.WORKING_VISIT, Signal.VISIT, Signal.TALKS,
                        Signal.PHONE, Signal.VIDEO, Signal.RECEPTION, Signal.MEETING)));
        if (counts.size() == 2 && relations) {
            return List.copyOf(counts.keySet()); // an article about two countries' dealings
        }
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 2)
                .limit(2).map(Map.Entry::getKey).toList();
        return top.size() == 2 ? top : List.of();
    }

    private static List<List<String>> countryPairs(List<MeetingFact> meetings, List<TradeFact> trade, List<String> mainPair) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (MeetingFact m : meetings) {
            List<String> countries = m.participants().stream().map(Participant::country)
                    .filter(java.util.Objects::nonNull).distinct().toList();
            if (countries.size() == 2) {
                pairs.add(sorted(countries.get(0), countries.get(1)));
            }
        }
        for (TradeFact t : trade) {
            if (t.countries().size() == 2 && !t.countries().get(0).equals(t.countries().get(1))) {
                pairs.add(sorted(t.countries().get(0), t.countries().get(1)));
            }
        }
        if (pairs.isEmpty() && mainPair.size() == 2) {
            pairs.add(sorted(mainPair.get(0), mainPair.get(1)));
        }
        return List.copyOf(pairs);
    }

    private static List<String> sorted(String a, String b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static List<Mention> mentions(List<Analysis> analyses, Type type) {
        Map<String, LinkedHashSet<Span>> byCode = new LinkedHashMap<>();
        for (Analysis a : analyses) {
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
