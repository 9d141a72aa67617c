package org.dyad.article;

/** What storing an article did: created it, or found the same content already stored. */
public record IngestResult(long articleId, Status status) {

    public enum Status {
        CREATED, DUPLICATE;

        public String code() {
            return name().toLowerCase();
        }
    }
}
