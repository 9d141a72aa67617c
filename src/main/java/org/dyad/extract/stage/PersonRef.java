package org.dyad.extract.stage;

/**
 * A person named or designated in a sentence. {@code slug} identifies them within the article: a
 * reference slug, or for someone the reference data does not know "~" + country + "|" + the folded
 * surname (named) or "~" + country + "|" + role (a title alone).
 *
 * @param token the person's first token in the sentence
 * @param nameEn the Latin name of someone the reference data does not know (null otherwise)
 * @param asWritten that person's name as the article writes it
 */
public record PersonRef(int token, String slug, String role, String country, String nameEn, String asWritten) {

    PersonRef(int token, String slug, String role, String country) {
        this(token, slug, role, country, null, null);
    }

    /** Someone the reference data does not know. */
    public boolean open() {
        return slug.startsWith("~");
    }

    PersonRef as(PersonRef identity) {
        return new PersonRef(token, identity.slug, role, country, identity.nameEn, identity.asWritten);
    }
}
