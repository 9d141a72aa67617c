package org.dyad.article.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.ARTICLE;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dyad.WebIntegrationTest;
import org.dyad.article.UploadIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/articles} as a script uses it: formats, encodings, duplicates, and bad input that stores nothing. */
@UploadIntegrationTest
class ArticleUploadApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    private HttpResponse<String> post(String fileName, byte[] content, String... fields) throws Exception {
        String boundary = "dyad-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String basic = Base64.getEncoder().encodeToString(("admin:" + WebIntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private int articles() {
        return dsl.fetchCount(ARTICLE);
    }

    @Test
    void a_russian_pdf_is_stored_once_and_the_second_upload_says_duplicate() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload/ru-official-visit.pdf"));
        HttpResponse<String> first = post("visit.pdf", pdf, "published", "2024-05-02", "source_name", "Test agency",
                "source_url", "https://example.org/news/1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode created = json(first);
        assertThat(created.get("status").asString()).isEqualTo("created");
        assertThat(created.get("facts").get("meeting").asInt()).isEqualTo(1);
        assertThat(created.get("facts").get("trade").asInt()).isGreaterThanOrEqualTo(1);
        long id = created.get("id").asLong();
        var stored = dsl.selectFrom(ARTICLE).where(ARTICLE.ID.eq(id)).fetchSingle();
        assertThat(stored.getLang()).isEqualTo("ru");
        assertThat(stored.getTitle()).startsWith("Встреча с Премьер-министром");
        assertThat(stored.getSourceUrl()).isEqualTo("https://example.org/news/1");
        assertThat(stored.getIngestedBy()).isEqualTo("admin");

        HttpResponse<String> second = post("same-again.pdf", pdf);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).get("status").asString()).isEqualTo("duplicate");
        assertThat(json(second).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void the_seed_article_in_windows_1256_is_recognised_as_the_seeded_one() throws Exception {
        String seed;
        try (var files = Files.list(Path.of("db/seed"))) {
            seed = Files.readString(files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow());
        }
        HttpResponse<String> r = post("seed-1256.txt", seed.getBytes(Charset.forName("windows-1256")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("status").asString()).isEqualTo("duplicate");
        assertThat(json(r).get("facts").get("trade").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void html_full_of_scripts_is_stored_as_its_text_only() throws Exception {
        String html = "<html><head><title>Talks in Bishkek</title><script>steal(document.cookie)</script></head><body>"
                + "<nav>Menu</nav><article><p>Kyrgyzstan and Uzbekistan held talks in Bishkek on 3 March 2024.</p>"
                + "<p onclick=\"evil()\">Trade between Kyrgyzstan and Uzbekistan reached $1.2 billion in 2023.</p>"
                + "<script>alert(1)</script></article></body></html>";
        HttpResponse<String> r = post("page.html", html.getBytes(StandardCharsets.UTF_8), "published", "2024-03-04");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String body = dsl.select(ARTICLE.BODY).from(ARTICLE).where(ARTICLE.ID.eq(json(r).get("id").asLong())).fetchSingle().value1();
        assertThat(body).contains("reached $1.2 billion").doesNotContain("script", "steal", "evil", "Menu", "alert");
        assertThat(json(r).get("facts").get("trade").asInt()).isEqualTo(1);
    }

    @Test
    void bad_input_gets_a_clear_error_and_stores_nothing() throws Exception {
        int before = articles();
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/upload/ru-official-visit.pdf"));
        byte[] random = new byte[20_000];
        new java.util.Random(3).nextBytes(random);
        List<Object[]> cases = List.of(
                new Object[]{"cut.pdf", Arrays.copyOf(pdf, 700), 400, "damaged"},
                new Object[]{"empty.txt", new byte[0], 400, "empty"},
                new Object[]{"program.bin", random, 400, "not a text document"},
                new Object[]{"bomb.docx", org.dyad.article.upload.UploadFilesAccess.zipBomb(120), 400, "zip bomb"},
                new Object[]{"huge.txt", new byte[50 * 1024 * 1024], 413, "at most 10.0 MB"});
        for (Object[] c : cases) {
            HttpResponse<String> r = post((String) c[0], (byte[]) c[1]);
            assertThat(r.statusCode()).as(c[0] + ": " + r.body()).isEqualTo(c[2]);
            assertThat(json(r).get("error").asString()).as((String) c[0]).contains((String) c[3]);
        }
        HttpResponse<String> noFile = post(null, null, "published", "2024-01-01");
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json(noFile).get("error").asString()).contains("file");
        HttpResponse<String> badDate = post("a.txt", "Kazakhstan and Kyrgyzstan met.".getBytes(StandardCharsets.UTF_8),
                "published", "yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("error").asString()).contains("“yesterday”");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void the_same_new_article_sent_twice_at_the_same_moment_is_stored_once() throws Exception {
        byte[] text = ("Tajikistan and Uzbekistan signed agreements on water use on 12 June 2023 in Tashkent. "
                + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        int before = articles();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResponse<String>> send = () -> {
                start.await();
                return post("twin.txt", text);
            };
            Future<HttpResponse<String>> a = pool.submit(send);
            Future<HttpResponse<String>> b = pool.submit(send);
            JsonNode ra = json(a.get());
            JsonNode rb = json(b.get());
            assertThat(List.of(ra.get("status").asString(), rb.get("status").asString()))
                    .containsExactlyInAnyOrder("created", "duplicate");
            assertThat(ra.get("id").asLong()).isEqualTo(rb.get("id").asLong());
        } finally {
            pool.shutdown();
        }
        assertThat(articles()).isEqualTo(before + 1);
    }
}
