package org.dyad.reference.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.dyad.reference.files.ReferenceData.CountryAliasRow;
import org.dyad.reference.files.ReferenceData.CountryRow;
import org.dyad.reference.files.ReferenceData.MembershipRow;
import org.dyad.reference.files.ReferenceData.OfficeTermRow;
import org.dyad.reference.files.ReferenceData.OrganizationAliasRow;
import org.dyad.reference.files.ReferenceData.OrganizationRow;
import org.dyad.reference.files.ReferenceData.PersonAliasRow;
import org.dyad.reference.files.ReferenceData.PersonRow;
import org.dyad.reference.files.ReferenceData.SectorRow;
import org.dyad.reference.files.ReferenceData.SectorTermRow;

/**
 * Reads the tab-separated reference files from the classpath ({@code db/reference/*.tsv}, packaged
 * from the top-level {@code db/} folder). Lines starting with '#' are comments; every other
 * non-blank line must have the file's columns, or reading fails with the file and line number.
 */
public final class ReferenceFiles {

    public static final String LOCATION = "db/reference/";

    private ReferenceFiles() {
    }

    /**
     * The files of the reference data. {@code CORE} is what the first release loaded (the Central
     * Asian states and their main partners); {@code WORLD} adds the rest of the world, each file
     * beside its core file as {@code NAME_world.tsv}, with its own sources in its header.
     */
    public enum Part {
        CORE(""), WORLD("_world");

        private final String suffix;

        Part(String suffix) {
            this.suffix = suffix;
        }

        String file(String base) {
            return base + suffix + ".tsv";
        }
    }

    /** Every part: what the parser and a new database use. */
    public static ReferenceData load() {
        return load(EnumSet.allOf(Part.class));
    }

    public static ReferenceData load(Part part) {
        return load(EnumSet.of(part));
    }

    private static ReferenceData load(Set<Part> parts) {
        return new ReferenceData(
                part(parts, "countries", 5, c -> new CountryRow(c[0], blankToNull(c[1]), c[2], c[3], c[4]), Part.CORE),
                concat(part(parts, "country_aliases", 4, c -> new CountryAliasRow(c[0], lang(c[1]), c[2], c[3])),
                        // a national legislature names its state: "Госдума", "the Knesset", "مجلس الدوما"
                        part(parts, "parliaments", 3, c -> new CountryAliasRow(c[0], lang(c[1]), "parliament", c[2]), Part.WORLD)),
                part(parts, "sectors", 4, c -> new SectorRow(c[0], c[1], c[2], c[3]), Part.CORE),
                part(parts, "sector_terms", 3, c -> new SectorTermRow(c[0], lang(c[1]), c[2]), Part.CORE),
                part(parts, "organizations", 5, c -> new OrganizationRow(c[0],
                        c[1].isBlank() ? null : LocalDate.parse(c[1]), c[2], c[3], c[4])),
                part(parts, "organization_aliases", 3, c -> new OrganizationAliasRow(c[0], lang(c[1]), c[2])),
                part(parts, "memberships", 6, c -> new MembershipRow(c[0], c[1], c[2],
                        PartialDate.parse(c[3]), optionalDate(c[4]), blankToNull(c[5]))),
                part(parts, "people", 4, c -> new PersonRow(c[0], c[1], c[2], c[3])),
                part(parts, "person_aliases", 3, c -> new PersonAliasRow(c[0], lang(c[1]), c[2])),
                part(parts, "office_terms", 6, c -> new OfficeTermRow(c[0], c[1], c[2],
                        PartialDate.parse(c[3]), optionalDate(c[4]), blankToNull(c[5]))));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The rows of one kind from each asked part that has a file of it ({@code only}: the parts that may). */
    private static <T> List<T> part(Set<Part> parts, String base, int columns, Function<String[], T> mapper, Part... only) {
        List<T> rows = new ArrayList<>();
        for (Part p : parts) {
            if (only.length == 0 || List.of(only).contains(p)) {
                rows.addAll(read(p.file(base), columns, mapper));
            }
        }
        return List.copyOf(rows);
    }

    /** The file names of every part, for checks of the files themselves. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (String base : List.of("countries", "country_aliases", "sectors", "sector_terms", "organizations",
                "organization_aliases", "memberships", "people", "person_aliases", "office_terms", "parliaments")) {
            for (Part p : Part.values()) {
                String name = p.file(base);
                boolean worldOnly = base.equals("parliaments");
                if (p == Part.CORE && !worldOnly || ReferenceFiles.class.getClassLoader().getResource(LOCATION + name) != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    static <T> List<T> read(String file, int columns, Function<String[], T> mapper) {
        String path = LOCATION + file;
        InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the classpath: " + path);
        }
        List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(path + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                try {
                    rows.add(mapper.apply(cells));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(path + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return List.copyOf(rows);
    }

    private static String lang(String lang) {
        if (!lang.equals("ar") && !lang.equals("ru") && !lang.equals("en")) {
            throw new IllegalArgumentException("language must be ar, ru or en: '" + lang + "'");
        }
        return lang;
    }

    private static PartialDate optionalDate(String s) {
        return s.isBlank() ? null : PartialDate.parse(s);
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
