package org.dyad.article.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files as people upload them, made in the test: DOCX packages, zip bombs, the seed article's text. */
final class UploadFiles {

    private UploadFiles() {
    }

    static String seedText() {
        try (var files = Files.list(Path.of("db", "seed"))) {
            Path txt = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
            return Files.readString(txt, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String russianText() {
        try {
            return Files.readString(Path.of("src/test/resources/gold/ru/ru01_official_visit.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal DOCX: the paragraphs, and a title in its properties. */
    static byte[] docx(String title, String... paragraphs) {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String p : paragraphs) {
            doc.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(escape(p)).append("</w:t></w:r></w:p>");
        }
        doc.append("</w:body></w:document>");
        String core = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title) + "</dc:title></cp:coreProperties>";
        return zip(new String[]{"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
                new String[]{"word/document.xml", doc.toString()}, new String[]{"docProps/core.xml", core});
    }

    /** A DOCX-looking zip whose one entry inflates to {@code megabytes} of zeros from a few hundred kilobytes. */
    static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String[]... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
