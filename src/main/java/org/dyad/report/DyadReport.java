package org.dyad.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a report shows: a pair, a period, the sections, and the language it is written in. */
public record DyadReport(String a, String b, int from, int to, Locale lang, Set<Section> sections) {

    public enum Section { KEY_FIGURES, MEETINGS, TRADE, SECTORS, MEMBERSHIPS, EVIDENCE }

    public static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }
}
