package org.dyad.extract;

/**
 * A person taking part in a meeting: reference slug (null if the reference data does not know them),
 * English name (for an unknown person the name as written, in Latin letters; null when the text
 * gives only a title), role, country, and the name as the text writes it (unknown people only).
 */
public record Participant(String slug, String nameEn, String role, String country, String nameAsWritten) {

    public Participant(String slug, String nameEn, String role, String country) {
        this(slug, nameEn, role, country, null);
    }
}
