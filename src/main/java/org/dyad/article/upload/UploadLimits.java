package org.dyad.article.upload;

/**
 * How much one upload may be: bytes of the file, characters of its text, bytes a DOCX may expand to
 * (a zip bomb stops there), pages of a PDF, and files in one batch.
 */
public record UploadLimits(long maxFileBytes, int maxChars, long maxExpandedBytes, int maxPdfPages, int maxFiles) {

    public static final UploadLimits DEFAULT = new UploadLimits(10L * 1024 * 1024, 1_000_000, 50L * 1024 * 1024, 500, 50);
}
