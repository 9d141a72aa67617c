package org.dyad.article.upload;

/**
 * The text of an uploaded file: the body, a title when the file has one (HTML title, PDF or DOCX
 * properties), the format read, and the character encoding it was decoded from (text and HTML).
 */
public record ExtractedText(String body, String title, Format format, String encoding) {

    public enum Format { TEXT, HTML, PDF, DOCX }
}
