package org.dyad.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.dyad.reference.files.ReferenceData;

/**
 * Recognizes a person the reference data knows in a name it has no entry for: a spelling it does
 * not list ("Сирил Рамафоза" beside "Сирил Рамафоса"), a case form of a name of several words
 * ("Хамадом Бен Исой Аль Халифой"), a middle name the entry leaves out ("كارلوس ألبرتو فرانسا").
 * A title has already given the country; a name of that country whose surname has the same loose
 * consonant skeleton as one of a known person's forms, and whose first name begins like his, is that
 * person; so is one whose whole name has the same skeleton. When two people of the country fit,
 * none is chosen here ({@link #findAll} gives them all, for the caller to choose by the office on the
 * day). Looser spellings are matched only against people the caller names ({@link #near}), and a
 * holder of an office can be looked up in every country at once ({@link #findAnyCountry}). A
 * country's forms are reduced (transliterated) the first time a name of it is looked up, not when
 * the parser is built. Thread-safe.
 */
public final class KnownNames {

    /** One known person's form, reduced: surname skeleton, the given name's first sound, the whole skeleton. */
    private record Form(String slug, String surname, char first, String whole, List<String> parts) {}

    /** Every known person's names and aliases, per slug, as {@code lang → forms}. */
    private final Map<String, Map<String, List<String>>> names;
    /** The offices each slug held, as "country|role". */
    private final Map<String, Set<String>> offices;
    private final Map<String, Set<String>> slugsByCountry = new HashMap<>();
    private final Map<String, List<Form>> byCountry = new ConcurrentHashMap<>();
    /** A form of someone who held an office of a country, for looking a name up by the office in every country. */
    private record Held(String country, Form form) {}

    private final Map<String, List<Held>> byRole = new ConcurrentHashMap<>();

    /** From the reference files: every person's names and aliases, and the offices of his terms. */
    public static KnownNames of(ReferenceData data) {
        Map<String, Map<String, List<String>>> forms = new HashMap<>();
        data.people().forEach(p -> {
            Map<String, List<String>> byLang = forms.computeIfAbsent(p.slug(), k -> new HashMap<>());
            byLang.computeIfAbsent("en", k -> new ArrayList<>()).add(p.nameEn());
            byLang.computeIfAbsent("ru", k -> new ArrayList<>()).add(p.nameRu());
            byLang.computeIfAbsent("ar", k -> new ArrayList<>()).add(p.nameAr());
        });
        data.personAliases().forEach(a -> forms.computeIfAbsent(a.slug(), k -> new HashMap<>())
                .computeIfAbsent(a.lang(), k -> new ArrayList<>()).add(a.alias()));
        Map<String, Set<String>> offices = new HashMap<>();
        data.officeTerms().forEach(t -> offices.computeIfAbsent(t.slug(), k -> new HashSet<>())
                .add(t.countryCode() + "|" + t.role()));
        return new KnownNames(forms, offices);
    }

    /**
     * @param names     every known person's names and aliases, per slug, as {@code lang → forms}
     * @param offices   the offices each slug held, as "country|role"
     */
    public KnownNames(Map<String, Map<String, List<String>>> names, Map<String, Set<String>> offices) {
        this.names = names;
        this.offices = offices;
        offices.forEach((slug, set) -> set.forEach(o -> slugsByCountry
                .computeIfAbsent(o.substring(0, o.indexOf('|')), k -> new HashSet<>()).add(slug)));
    }

    /** The reduced forms of every known person of the country. */
    private List<Form> formsOf(String country) {
        List<Form> out = new ArrayList<>();
        for (String slug : slugsByCountry.getOrDefault(country, Set.of())) {
            Set<Form> forms = new LinkedHashSet<>();
            names.getOrDefault(slug, Map.of()).forEach((lang, list) -> list.forEach(n -> {
                if (n == null || n.isBlank()) {
                    return; // a person added in the UI may have no name in some language
                }
                Form f = form(slug, latin(n, lang));
                if (f != null) {
                    forms.add(f);
                }
            }));
            out.addAll(forms);
        }
        return out;
    }

    /**
     * The slug of the known person of {@code country} that {@code asWritten} names, or null. By the
     * surname alone only someone who held the office {@code role} ("Ahmed Farouk Mansour", an
     * ambassador, is not Adly Mansour, a president) or, for "his Brazilian counterpart", any office;
     * by the whole name anyone of the country.
     */
    public String find(String country, String role, String asWritten, String lang) {
        Set<String> found = findAll(country, role, asWritten, lang);
        return found.size() == 1 ? found.iterator().next() : null; // two people of the country fit: no guess
    }

    /**
     * Every known person of {@code country} that {@code asWritten} may name, by the rules of {@link #find}: more
     * than one when names of the country sound alike ("Li Qiang", "Li Keqiang"), for the caller to tell apart
     * by the office on the day.
     */
    public Set<String> findAll(String country, String role, String asWritten, String lang) {
        if (country == null || asWritten == null) {
            return Set.of();
        }
        Form want = form("", latin(asWritten, lang));
        if (want == null) {
            return Set.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Form f : byCountry.computeIfAbsent(country, this::formsOf)) {
            if (fits(want, f, country, role)) {
                found.add(f.slug);
            }
        }
        return found;
    }

    /** Whether a name written fits a known form: by the surname and given name's sound (office held), the whole, or within. */
    private boolean fits(Form want, Form f, String country, String role) {
        boolean sameSurname = want.surname.length() >= 2 && f.surname.equals(want.surname)
                && (f.first == 0 || want.first == 0 || f.first == want.first)
                && (role.equals("counterpart") || offices.getOrDefault(f.slug, Set.of()).contains(country + "|" + role));
        return sameSurname || want.whole.length() >= 4 && f.whole.equals(want.whole) || within(f.parts, want.parts);
    }

    /**
     * The known person of any country who held the office {@code role} and whom {@code asWritten} names (by the rules
     * of {@link #find}), as "country|slug", or null when none or several fit: "Sultan Haitham bin Tarik" in a British
     * paper is Oman's sultan.
     */
    public String findAnyCountry(String role, String asWritten, String lang) {
        Form want = asWritten == null ? null : form("", latin(asWritten, lang));
        if (want == null) {
            return null;
        }
        String found = null;
        for (Held held : byRole.computeIfAbsent(role, this::formsOfRole)) {
            if (fits(want, held.form(), held.country(), role)) {
                String key = held.country() + "|" + held.form().slug;
                if (found != null && !found.equals(key)) {
                    return null;
                }
                found = key;
            }
        }
        return found;
    }

    /** Every known form of the people who held {@code role} somewhere, each with that country. */
    private List<Held> formsOfRole(String role) {
        List<Held> out = new ArrayList<>();
        slugsByCountry.forEach((country, slugs) -> {
            for (Form f : byCountry.computeIfAbsent(country, this::formsOf)) {
                if (offices.getOrDefault(f.slug, Set.of()).contains(country + "|" + role)) {
                    out.add(new Held(country, f));
                }
            }
        });
        return out;
    }

    /**
     * Whether {@code asWritten} is a spelling of one of the names of {@code slug} (a person of {@code country})
     * looser than {@link #find} accepts, for a caller that already knows who holds the office the title
     * names: the whole skeletons one edit apart, two when long ("ميرزيانييف" for Mirziyoyev, "بارك كون هيه"
     * for Park Geun-hye), or every word written standing, in order, in one of the forms ("تان كانغ يام" in
     * "Тони Тан Кенг Ям").
     */
    public boolean near(String country, String slug, String asWritten, String lang) {
        return slug != null && !near(country, Set.of(slug), asWritten, lang).isEmpty();
    }

    /** Of {@code slugs} (people of {@code country}), those whose names {@code asWritten} is near, as {@link #near}. */
    public Set<String> near(String country, java.util.Collection<String> slugs, String asWritten, String lang) {
        if (country == null || slugs.isEmpty() || asWritten == null) {
            return Set.of();
        }
        Form want = form("", latin(asWritten, lang));
        if (want == null || want.whole.length() < 3) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (Form f : byCountry.computeIfAbsent(country, this::formsOf)) {
            if (out.contains(f.slug) || !slugs.contains(f.slug) || f.whole.isEmpty() || f.whole.charAt(0) != want.whole.charAt(0)
                    || Math.abs(f.whole.length() - want.whole.length()) > 2 && f.parts.size() <= want.parts.size()) {
                continue;
            }
            int allowed = Math.min(f.whole.length(), want.whole.length()) >= 8 ? 2 : 1;
            if (editDistance(f.whole, want.whole) <= allowed
                    || want.parts.size() >= 2 && f.parts.size() > want.parts.size() && inOrder(want.parts, f.parts)) {
                out.add(f.slug);
            }
        }
        return out;
    }

    /** Whether every word of {@code part} stands, in order, among {@code words}. */
    private static boolean inOrder(List<String> part, List<String> words) {
        int k = 0;
        for (String w : words) {
            if (k < part.size() && w.equals(part.get(k))) {
                k++;
            }
        }
        return k == part.size();
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The one of {@code slugs} (people the article names in full) who held an office of {@code country}
     * and of whose names, in the article's language, {@code asWritten} is a part ("Tanzanian
     * counterpart Samia" in an article that names Samia Suluhu Hassan), or null. Before any looser
     * match: a part of a name the article gives in full is that person, not someone of the same
     * country whose surname merely sounds alike.
     */
    public String partOf(java.util.Collection<String> slugs, String country, String asWritten, String lang) {
        if (country == null || asWritten == null || asWritten.isBlank()) {
            return null;
        }
        List<String> want = List.of(asWritten.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        String found = null;
        for (String slug : slugs) {
            if (offices.getOrDefault(slug, Set.of()).stream().noneMatch(o -> o.startsWith(country + "|"))) {
                continue;
            }
            boolean part = names.getOrDefault(slug, Map.of()).getOrDefault(lang, List.of()).stream()
                    .filter(n -> n != null && !n.isBlank())
                    .map(n -> List.of(n.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")))
                    .anyMatch(words -> words.containsAll(want));
            if (part) {
                if (found != null && !found.equals(slug)) {
                    return null;
                }
                found = slug;
            }
        }
        return found;
    }

    /** Latin form of a name as written: Russian words in a base form first, then each script transliterated. */
    static String latin(String name, String lang) {
        return switch (lang) {
            case "ru" -> Transliteration.russian(baseForms(name));
            case "ar" -> Transliteration.arabic(name);
            default -> name;
        };
    }

    private static final List<String> RU_ENDINGS = List.of("ого", "ому", "ым", "им", "ом", "ем", "ой", "ей", "ою",
            "ую", "ая", "а", "я", "у", "ю", "е", "ы", "и", "ь", "й");

    /** Each Cyrillic word of five letters or more without its case ending ("Рамафозой" → "Рамафоз"). */
    static String baseForms(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            String stem = w;
            if (w.length() >= 5 && Character.UnicodeScript.of(w.charAt(0)) == Character.UnicodeScript.CYRILLIC) {
                for (String e : RU_ENDINGS) {
                    if (w.endsWith(e)) {
                        stem = w.substring(0, w.length() - e.length());
                        break;
                    }
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(stem);
        }
        return out.toString();
    }

    /**
     * Whether every word of a known name of two words or more stands, in order, in the longer name written
     * ("Мигель Марио Диас-Канель Бермудес" holds "Мигель Диас-Канель"): the same person, whatever the title.
     */
    private static boolean within(List<String> known, List<String> written) {
        return known.size() >= 2 && written.size() > known.size() && known.stream().allMatch(w -> w.length() >= 2)
                && inOrder(known, written);
    }

    private static Form form(String slug, String latin) {
        List<String> words = NameSkeleton.words(latin);
        if (words.isEmpty()) {
            return null;
        }
        String surname = loose(NameSkeleton.skeleton(words.getLast()));
        char given = words.size() > 1 ? initial(words.getFirst()) : 0;
        StringBuilder whole = new StringBuilder();
        List<String> parts = new ArrayList<>();
        words.forEach(w -> {
            whole.append(loose(NameSkeleton.skeleton(w)));
            parts.add(loose(NameSkeleton.skeleton(w)));
        });
        return new Form(slug, surname, given, whole.toString(), List.copyOf(parts));
    }

    /** The given name's first sound: near letters merged as in the skeleton and below, any vowel as 'a'. */
    private static char initial(String word) {
        char c = loose(NameSkeleton.letters(word).substring(0, 1)).charAt(0);
        return "aeiouy".indexOf(c) >= 0 ? 'a' : c;
    }

    /** Letters the three scripts confuse merged further: s/z (Рамафоса, Рамафоза), b/p (Arabic has no p), g/j. */
    private static String loose(String skeleton) {
        StringBuilder out = new StringBuilder();
        for (char c : skeleton.replace('z', 's').replace('p', 'b').replace('g', 'j').toCharArray()) {
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
