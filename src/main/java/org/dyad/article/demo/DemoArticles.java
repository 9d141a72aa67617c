package org.dyad.article.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dyad.article.NewArticle;
import org.dyad.reference.files.ReferenceData;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;
import org.dyad.reference.files.ReferenceData.PersonRow;

/**
 * Synthetic articles for demonstration and benchmarks: meetings, trade figures, sectors and
 * organizations of pairs of Central Asian states and their main partners, in Arabic, Russian and
 * English, written from templates with the office holders of the reference data on each date.
 * Every article says in its first line that it is synthetic and is stored with the synthetic flag;
 * the same seed gives the same articles.
 */
public final class DemoArticles {

    public static final String SOURCE = "Dyad synthetic demo data";
    private static final List<String> COUNTRIES = List.of("KZ", "KG", "TJ", "TM", "UZ", "RU", "CN");
    private static final List<String> SECTORS = List.of("energy", "water", "agriculture", "transport", "transit_logistics",
            "industry", "mining", "education", "culture", "tourism", "health", "security_defense", "digital",
            "investment", "finance_banking", "construction");
    private static final List<String> ORGS = List.of("SCO", "CSTO", "CIS", "EAEU", "CICA", "UN", "OSCE");

    private final Random random;
    private final Map<String, PersonRow> people;
    private final List<OfficeTermRow> terms;
    private final Map<String, String[]> countryNames = new java.util.HashMap<>();
    private final Map<String, String[]> capitals = new java.util.HashMap<>();
    private final Map<String, String[]> sectorWords = new java.util.HashMap<>();
    private final Map<String, String[]> orgNames = new java.util.HashMap<>();
    private final long seed;

    public DemoArticles(ReferenceData data, long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.people = data.people().stream().collect(Collectors.toMap(PersonRow::slug, Function.identity()));
        this.terms = data.officeTerms();
        data.countries().forEach(c -> countryNames.put(c.code(), new String[]{c.nameEn(), c.nameAr(), c.nameRu()}));
        data.countryAliases().stream().filter(a -> a.kind().equals("capital")).forEach(a -> {
            String[] names = capitals.computeIfAbsent(a.countryCode(), k -> new String[3]);
            int i = index(a.lang());
            if (names[i] == null) {
                names[i] = a.alias();
            }
        });
        data.countryAliases().stream().filter(a -> a.kind().equals("formal") && a.lang().equals("ar")).forEach(a ->
                countryNames.get(a.countryCode())[1] = countryNames.get(a.countryCode())[1].startsWith("جمهورية")
                        ? countryNames.get(a.countryCode())[1] : a.alias());
        data.sectorTerms().forEach(t -> {
            String[] words = sectorWords.computeIfAbsent(t.code(), k -> new String[3]);
            int i = index(t.lang());
            if (words[i] == null) {
                words[i] = t.term();
            }
        });
        data.organizations().forEach(o -> orgNames.put(o.code(), new String[]{o.nameEn(), o.nameAr(), o.nameRu()}));
    }

    private static int index(String lang) {
        return switch (lang) {
            case "ar" -> 1;
            case "ru" -> 2;
            default -> 0;
        };
    }

    /** The next synthetic article (number {@code serial} of this seed). */
    public NewArticle next(int serial) {
        String a = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        String b;
        do {
            b = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        } while (b.equals(a));
        LocalDate date = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(365 * 20));
        String lang = List.of("en", "ru", "ar").get(random.nextInt(3));
        PersonRow leaderA = holder(a, "president", date);
        PersonRow leaderB = holder(b, random.nextInt(4) == 0 ? "prime_minister" : "president", date);
        if (leaderB == null) {
            leaderB = holder(b, "president", date);
        }
        int kind = random.nextInt(4);
        long turnover = (50 + random.nextInt(3000)) * 1_000_000L;
        List<String> sectors = pick(SECTORS, 2 + random.nextInt(3));
        List<String> orgs = pick(ORGS, random.nextInt(3));
        String text = switch (lang) {
            case "ru" -> russian(serial, a, b, leaderA, leaderB, kind, date, turnover, sectors, orgs);
            case "ar" -> arabic(serial, a, b, leaderA, leaderB, kind, date, turnover, sectors, orgs);
            default -> english(serial, a, b, leaderA, leaderB, kind, date, turnover, sectors, orgs);
        };
        return new NewArticle(text, lang, "[Synthetic] " + text.lines().skip(1).findFirst().orElse("").substring(0,
                Math.min(80, text.lines().skip(1).findFirst().orElse("").length())), date, SOURCE, null, true);
    }

    private List<String> pick(List<String> from, int n) {
        List<String> copy = new ArrayList<>(from);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private PersonRow holder(String country, String role, LocalDate date) {
        return terms.stream()
                .filter(t -> t.countryCode().equals(country) && t.role().equals(role))
                .filter(t -> !date.isBefore(t.from().first()) && (t.to() == null || !date.isAfter(t.to().last())))
                .map(t -> people.get(t.slug()))
                .findFirst().orElse(null);
    }

    private String english(int serial, String a, String b, PersonRow la, PersonRow lb, int kind, LocalDate date,
                           long turnover, List<String> sectors, List<String> orgs) {
        String ca = countryNames.get(a)[0];
        String cb = countryNames.get(b)[0];
        String capital = capitals.getOrDefault(a, new String[3])[0];
        StringBuilder t = new StringBuilder();
        t.append("Synthetic demo article ").append(serial).append(" (seed ").append(seed).append("): not a real event.\n");
        t.append(ca).append(" and ").append(cb).append(" discuss cooperation\n");
        if (la != null && lb != null) {
            switch (kind) {
                case 0 -> t.append(la.nameEn()).append(" held talks with ").append(lb.nameEn()).append(" in ")
                        .append(capital == null ? ca : capital).append(" today.\n");
                case 1 -> t.append(la.nameEn()).append(" received ").append(lb.nameEn()).append(", who is on an official visit to ")
                        .append(ca).append(", today.\n");
                case 2 -> t.append(la.nameEn()).append(" held a telephone conversation with ").append(lb.nameEn())
                        .append(" today.\n");
                default -> t.append(lb.nameEn()).append(" arrived in ").append(ca).append(" on a state visit and held talks with ")
                        .append(la.nameEn()).append(" today.\n");
            }
        }
        t.append("Trade between ").append(ca).append(" and ").append(cb).append(" reached $")
                .append(turnover / 1_000_000).append(" million in ").append(date.getYear() - 1).append(".\n");
        t.append("The sides discussed cooperation in ").append(list(sectors, 0, "and")).append(".\n");
        if (!orgs.isEmpty()) {
            t.append("They also discussed cooperation within the ")
                    .append(String.join(" and the ", orgs.stream().map(o -> orgNames.get(o)[0]).toList())).append(".\n");
        }
        return t.toString();
    }

    private String russian(int serial, String a, String b, PersonRow la, PersonRow lb, int kind, LocalDate date,
                           long turnover, List<String> sectors, List<String> orgs) {
        String ca = countryNames.get(a)[2];
        String cb = countryNames.get(b)[2];
        String capital = capitals.getOrDefault(a, new String[3])[2];
        StringBuilder t = new StringBuilder();
        t.append("Синтетическая демонстрационная статья ").append(serial).append(" (seed ").append(seed)
                .append("): событие вымышлено.\n");
        t.append(ca).append(" и ").append(cb).append(": сотрудничество\n");
        if (la != null && lb != null) {
            switch (kind) {
                case 0 -> t.append("Сегодня ").append(la.nameRu()).append(" и ").append(lb.nameRu())
                        .append(" провели переговоры в городе ").append(capital == null ? ca : capital).append(".\n");
                case 1 -> t.append("Сегодня ").append(lb.nameRu()).append(", находящийся с официальным визитом в стране «")
                        .append(ca).append("», и ").append(la.nameRu()).append(" провели встречу.\n");
                case 2 -> t.append("Сегодня состоялся телефонный разговор: ").append(la.nameRu()).append(" и ")
                        .append(lb.nameRu()).append(" обсудили двусторонние отношения.\n");
                default -> t.append("Сегодня ").append(lb.nameRu()).append(" прибыл с государственным визитом; ")
                        .append(la.nameRu()).append(" и ").append(lb.nameRu()).append(" провели переговоры.\n");
            }
        }
        t.append("Товарооборот двух стран в ").append(date.getYear() - 1).append(" году составил ")
                .append(turnover / 1_000_000).append(" млн долларов.\n");
        t.append("Стороны обсудили сотрудничество в сферах: ").append(list(sectors, 2, "и")).append(".\n");
        if (!orgs.isEmpty()) {
            t.append("Также обсуждено взаимодействие в рамках организаций: ")
                    .append(String.join(", ", orgs.stream().map(o -> orgNames.get(o)[2]).toList())).append(".\n");
        }
        return t.toString();
    }

    private String arabic(int serial, String a, String b, PersonRow la, PersonRow lb, int kind, LocalDate date,
                          long turnover, List<String> sectors, List<String> orgs) {
        String ca = countryNames.get(a)[1];
        String cb = countryNames.get(b)[1];
        String capital = capitals.getOrDefault(a, new String[3])[1];
        StringBuilder t = new StringBuilder();
        t.append("مقال تجريبي اصطناعي رقم ").append(serial).append(" (seed ").append(seed).append("): حدث غير حقيقي.\n");
        t.append("التعاون بين ").append(ca).append(" و").append(cb).append("\n");
        if (la != null && lb != null) {
            switch (kind) {
                case 0 -> t.append("أجرى ").append(la.nameAr()).append(" اليوم محادثات مع ").append(lb.nameAr())
                        .append(" في ").append(capital == null ? ca : capital).append(".\n");
                case 1 -> t.append("استقبل ").append(la.nameAr()).append(" اليوم ").append(lb.nameAr())
                        .append(" الذي يزور ").append(ca).append(" في زيارة رسمية.\n");
                case 2 -> t.append("أجرى ").append(la.nameAr()).append(" اليوم اتصالا هاتفيا مع ").append(lb.nameAr()).append(".\n");
                default -> t.append("أجرى ").append(la.nameAr()).append(" اليوم محادثات مع ").append(lb.nameAr())
                        .append(" الذي يقوم بزيارة دولة إلى ").append(ca).append(".\n");
            }
        }
        t.append("وبلغ حجم التبادل التجاري بين البلدين ").append(turnover / 1_000_000).append(" مليون دولار في عام ")
                .append(date.getYear() - 1).append(".\n");
        t.append("وناقش الطرفان التعاون في مجالات ").append(list(sectors, 1, "و")).append(".\n");
        if (!orgs.isEmpty()) {
            t.append("كما ناقشا التعاون في إطار ")
                    .append(String.join(" و", orgs.stream().map(o -> orgNames.get(o)[1]).toList())).append(".\n");
        }
        return t.toString();
    }

    private String list(List<String> sectors, int lang, String and) {
        List<String> words = sectors.stream().map(s -> sectorWords.get(s)[lang]).toList();
        if (words.size() == 1) {
            return words.getFirst();
        }
        String joiner = lang == 1 ? " " + and : ", ";
        return String.join(joiner, words.subList(0, words.size() - 1)) + (lang == 1 ? " " + and : " " + and + " ")
                + words.getLast();
    }
}
