package org.dyad.article.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(UploadLimits.DEFAULT);

    private static final String SEED_SENTENCE = "مليار ومائة وخمسين مليون دولار";

    @Test
    void utf8_text_with_or_without_a_byte_order_mark() {
        String seed = UploadFiles.seedText();
        ExtractedText plain = extractor.extract("seed.txt", seed.getBytes(StandardCharsets.UTF_8));
        assertThat(plain.body()).contains(SEED_SENTENCE);
        assertThat(plain.encoding()).isEqualTo("UTF-8");
        assertThat(plain.format()).isEqualTo(ExtractedText.Format.TEXT);

        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, seed.getBytes(StandardCharsets.UTF_8));
        assertThat(extractor.extract("seed.txt", bom).body()).isEqualTo(plain.body()).doesNotStartWith("\uFEFF");
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE, true", "UTF-16BE, true", "UTF-16LE, false", "UTF-16BE, false"})
    void utf16_arabic_with_and_without_a_mark(String charset, boolean mark) {
        String seed = UploadFiles.seedText();
        byte[] bytes = seed.getBytes(Charset.forName(charset));
        if (mark) {
            bytes = concat(charset.endsWith("LE") ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF}, bytes);
        }
        ExtractedText text = extractor.extract("seed.txt", bytes);
        assertThat(text.body()).contains(SEED_SENTENCE);
        assertThat(text.encoding()).isEqualTo(charset);
    }

    @Test
    void windows_1256_arabic_is_detected() {
        ExtractedText text = extractor.extract("seed-1256.txt", UploadFiles.seedText().getBytes(Charset.forName("windows-1256")));
        assertThat(text.encoding()).isEqualTo("windows-1256");
        assertThat(text.body()).contains(SEED_SENTENCE);
    }

    @ParameterizedTest
    @CsvSource({"windows-1251", "KOI8-R"})
    void legacy_russian_encodings_are_told_apart(String charset) {
        ExtractedText text = extractor.extract("ru.txt", UploadFiles.russianText().getBytes(Charset.forName(charset)));
        assertThat(text.encoding()).isEqualToIgnoringCase(charset);
        assertThat(text.body()).contains("товарооборот между двумя странами");
    }

    @Test
    void html_gives_the_main_text_without_scripts_styles_or_page_furniture() {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Meeting in Dushanbe</title>
                <style>body { color: red }</style><script>var tracking = "SECRET-SCRIPT";</script></head>
                <body><header>Site header MENU</header><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
                <article><h1>Meeting with the Prime Minister</h1>
                <p>President Rahmon received Prime Minister Bektenov.</p>
                <p>Trade reached $1.15 billion last year.<script>alert("x")</script></p></article>
                <aside>Related: other news</aside><footer>© Agency FOOTER</footer>
                <noscript>Enable JavaScript</noscript></body></html>""";
        ExtractedText text = extractor.extract("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(text.format()).isEqualTo(ExtractedText.Format.HTML);
        assertThat(text.title()).isEqualTo("Meeting in Dushanbe");
        assertThat(text.body()).isEqualTo("""
                Meeting with the Prime Minister

                President Rahmon received Prime Minister Bektenov.

                Trade reached $1.15 billion last year.""");
    }

    @Test
    void html_in_windows_1251_without_a_declaration_is_read_right() {
        String html = "<html><body><p>" + UploadFiles.russianText().replace("\n", "</p><p>") + "</p></body></html>";
        ExtractedText text = extractor.extract("ru.htm", html.getBytes(Charset.forName("windows-1251")));
        assertThat(text.encoding()).isEqualTo("windows-1251");
        assertThat(text.body()).contains("Эмомали Рахмон");
    }

    @Test
    void a_russian_pdf_gives_its_text_and_title() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload/ru-official-visit.pdf"));
        ExtractedText text = extractor.extract("article.pdf", pdf);
        assertThat(text.format()).isEqualTo(ExtractedText.Format.PDF);
        assertThat(text.title()).isEqualTo("Встреча с Премьер-министром Республики Казахстан Олжасом Бектеновым");
        assertThat(text.body()).contains("Эмомали Рахмон", "1 млрд 150 млн долларов");
    }

    @Test
    void a_docx_gives_its_paragraphs_and_title() {
        byte[] docx = UploadFiles.docx("Заголовок", "Первый абзац о встрече.", "Второй абзац: товарооборот & цели.");
        ExtractedText text = extractor.extract("article.docx", docx);
        assertThat(text.format()).isEqualTo(ExtractedText.Format.DOCX);
        assertThat(text.title()).isEqualTo("Заголовок");
        assertThat(text.body()).isEqualTo("Первый абзац о встрече.\n\nВторой абзац: товарооборот & цели.");
    }

    @Test
    void a_zip_bomb_disguised_as_docx_stops_at_the_limit() {
        byte[] bomb = UploadFiles.zipBomb(200);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> extractor.extract("report.docx", bomb)).isInstanceOf(UploadException.class)
                .hasMessage("upload.error.zipBomb");
    }

    @Test
    void a_zip_that_is_not_a_docx_is_refused() {
        byte[] zip = UploadFiles.zip(new String[]{"notes.txt", "hello"});
        assertThatThrownBy(() -> extractor.extract("notes.docx", zip)).hasMessage("upload.error.notDocx");
    }

    @Test
    void corrupt_pdf_and_docx_are_refused() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload/ru-official-visit.pdf"));
        assertThatThrownBy(() -> extractor.extract("cut.pdf", Arrays.copyOf(pdf, 600))).hasMessage("upload.error.corrupt");
        byte[] docx = UploadFiles.docx("T", "Text.");
        assertThatThrownBy(() -> extractor.extract("cut.docx", Arrays.copyOf(docx, 60))).hasMessage("upload.error.corrupt");
        assertThatThrownBy(() -> extractor.extract("fake.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.corrupt");
    }

    @Test
    void a_pdf_without_text_and_an_encrypted_pdf_are_refused() throws Exception {
        ByteArrayOutputStream blank = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank);
        }
        assertThatThrownBy(() -> extractor.extract("scan.pdf", blank.toByteArray())).hasMessage("upload.error.noTextLayer");

        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(locked);
        }
        assertThatThrownBy(() -> extractor.extract("locked.pdf", locked.toByteArray())).hasMessage("upload.error.encrypted");
    }

    @Test
    void binary_files_empty_files_and_files_over_the_limits_are_refused() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        assertThatThrownBy(() -> extractor.extract("photo.jpg", random)).isInstanceOf(UploadException.class)
                .hasMessageStartingWith("upload.error.");
        byte[] png = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, random);
        assertThatThrownBy(() -> extractor.extract("image.png", png)).hasMessage("upload.error.binary");
        assertThatThrownBy(() -> extractor.extract("empty.txt", new byte[0])).hasMessage("upload.error.empty");
        assertThatThrownBy(() -> extractor.extract("blank.txt", "  \n\t \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.noText");

        TextExtractor small = new TextExtractor(new UploadLimits(1000, 100, 10_000, 5, 2));
        assertThatThrownBy(() -> small.extract("big.txt", "a".repeat(1001).getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.tooLarge");
        assertThatThrownBy(() -> small.extract("long.txt", "word ".repeat(50).getBytes(StandardCharsets.UTF_8)))
                .hasMessage("upload.error.tooLong");
    }

    @Test
    void control_characters_are_dropped_and_line_ends_unified() {
        ExtractedText text = extractor.extract("a.txt", "First line.\r\nSecond\u0007 line.\r\n\r\n\r\n\r\nThird.".getBytes(StandardCharsets.UTF_8));
        assertThat(text.body()).isEqualTo("First line.\nSecond line.\n\nThird.");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
