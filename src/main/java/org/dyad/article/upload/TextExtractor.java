package org.dyad.article.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an uploaded file, whatever it came as: plain text in UTF-8, UTF-16 or a legacy
 * encoding; HTML (the main text only: no scripts, styles, navigation, headers or footers); PDF
 * (PDFBox, text layer); DOCX (its paragraphs). The format is read from the bytes, not trusted from
 * the file name. Anything else — binary, corrupt, empty, too large, a zip that expands without
 * bound — is refused with an {@link UploadException} naming the reason.
 */
public final class TextExtractor {

    private final UploadLimits limits;

    public TextExtractor(UploadLimits limits) {
        this.limits = limits;
    }

    public ExtractedText extract(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UploadException("upload.error.empty");
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new UploadException("upload.error.tooLarge", megabytes(bytes.length), megabytes(limits.maxFileBytes()));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        ExtractedText extracted;
        if (Encodings.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            extracted = pdf(bytes);
        } else if (Encodings.startsWith(bytes, 'P', 'K', 3, 4)) {
            extracted = docx(bytes);
        } else if (name.endsWith(".pdf") || name.endsWith(".docx")) {
            throw new UploadException("upload.error.corrupt", name.endsWith(".pdf") ? "PDF" : "DOCX");
        } else {
            Encodings.Decoded decoded = Encodings.decode(bytes);
            if (name.endsWith(".html") || name.endsWith(".htm") || looksLikeHtml(decoded.text())) {
                extracted = html(decoded);
            } else {
                extracted = new ExtractedText(decoded.text(), null, ExtractedText.Format.TEXT, decoded.encoding());
            }
        }
        String body = clean(extracted.body());
        if (body.isBlank()) {
            throw new UploadException(extracted.format() == ExtractedText.Format.PDF ? "upload.error.noTextLayer" : "upload.error.noText");
        }
        if (body.length() > limits.maxChars()) {
            throw new UploadException("upload.error.tooLong", body.length(), limits.maxChars());
        }
        if (unreadable(body)) {
            throw new UploadException("upload.error.binary");
        }
        String title = extracted.title() == null ? null : clean(extracted.title()).replace('\n', ' ');
        return new ExtractedText(body, title == null || title.isBlank() ? null : title.strip(), extracted.format(),
                extracted.encoding());
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    /** The main text of a page: its article (or main, or body) without scripts, styles and page furniture. */
    static ExtractedText html(Encodings.Decoded decoded) {
        Document page = Jsoup.parse(decoded.text());
        page.select("script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, nav, header, "
                + "footer, aside, [role=navigation], [role=banner], [role=contentinfo], [hidden], [aria-hidden=true]").remove();
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main, [role=main]");
        }
        if (main == null) {
            main = page.body();
        }
        String title = page.title();
        if (title.isBlank()) {
            Element h1 = page.selectFirst("h1");
            title = h1 == null ? null : h1.text();
        }
        return new ExtractedText(blockText(main), title, ExtractedText.Format.HTML, decoded.encoding());
    }

    /** Text with a blank line between blocks (paragraphs, headings, list items, table rows) and line breaks kept. */
    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        return out.toString();
    }

    private ExtractedText pdf(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() > limits.maxPdfPages()) {
                throw new UploadException("upload.error.tooManyPages", document.getNumberOfPages(), limits.maxPdfPages());
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setLineSeparator(" "); // a line wrapped by the layout is not a break in the text
            stripper.setParagraphEnd("\n\n");
            String text = stripper.getText(document);
            String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
            return new ExtractedText(text, title, ExtractedText.Format.PDF, null);
        } catch (InvalidPasswordException e) {
            throw new UploadException(e, "upload.error.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadException u) {
                throw u;
            }
            throw new UploadException(e, "upload.error.corrupt", "PDF");
        }
    }

    /**
     * A DOCX is a zip: its paragraphs are in {@code word/document.xml}. Read with the JDK's zip and
     * StAX (no DTDs, no external entities), counting every byte inflated, so a zip bomb stops at the
     * limit instead of filling memory.
     */
    private ExtractedText docx(byte[] bytes) {
        String body = null;
        String title = null;
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 2_000) {
                    throw new UploadException("upload.error.zipBomb", megabytes(limits.maxExpandedBytes()));
                }
                byte[] content = readBounded(zip, limits.maxExpandedBytes() - inflated);
                inflated += content.length;
                if (entry.getName().equals("word/document.xml")) {
                    body = documentText(content);
                } else if (entry.getName().equals("docProps/core.xml")) {
                    title = coreTitle(content);
                }
            }
        } catch (ZipException e) {
            throw new UploadException(e, "upload.error.corrupt", "DOCX");
        } catch (IOException | XMLStreamException e) {
            throw new UploadException(e, "upload.error.corrupt", "DOCX");
        }
        if (body == null) {
            throw new UploadException("upload.error.notDocx");
        }
        return new ExtractedText(body, title, ExtractedText.Format.DOCX, null);
    }

    private byte[] readBounded(InputStream in, long remaining) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > remaining) {
                throw new UploadException("upload.error.zipBomb", megabytes(limits.maxExpandedBytes()));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static XMLStreamReader xml(byte[] content) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(new ByteArrayInputStream(content));
    }

    private static String documentText(byte[] content) throws XMLStreamException {
        StringBuilder out = new StringBuilder();
        XMLStreamReader r = xml(content);
        boolean inText = false;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "t" -> inText = true;
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (r.getLocalName()) {
                    case "t" -> inText = false;
                    case "p" -> out.append("\n\n");
                    default -> { }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                out.append(r.getText());
            }
        }
        return out.toString();
    }

    private static String coreTitle(byte[] content) throws XMLStreamException {
        XMLStreamReader r = xml(content);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("title")) {
                return r.getElementText();
            }
        }
        return null;
    }

    /** Unicode NFC, Unix line ends, no control characters but tab and newline, at most one blank line in a row. */
    static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ');
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c)).forEach(out::appendCodePoint);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Text that is mostly replacement characters, private-use or unassigned code points is a binary file read as text. */
    private static boolean unreadable(String text) {
        long bad = text.codePoints().filter(c -> c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE).count();
        return bad > text.length() * 0.02;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
