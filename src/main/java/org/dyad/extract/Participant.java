package org.dyad.extract;

/** A person taking part in a meeting: reference slug (null if unknown), English name, role, country. */
public record Participant(String slug, String nameEn, String role, String country) {
}
