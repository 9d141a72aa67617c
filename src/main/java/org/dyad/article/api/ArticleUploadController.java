package org.dyad.article.api;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.dyad.article.ArticleValidationException;
import org.dyad.article.upload.UploadException;
import org.dyad.article.upload.UploadService;
import org.dyad.base.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/articles} (ADMIN, HTTP Basic for scripts): multipart field {@code file}, optional
 * {@code published} (YYYY-MM-DD), {@code source_name}, {@code source_url}, {@code lang}. Answers
 * {@code {"id":…,"status":"created"|"duplicate","facts":{"meeting":n,…}}}, or 400/413 with
 * {@code {"error":…}} and nothing stored.
 */
@RestController
public class ArticleUploadController {

    private final UploadService uploads;

    public ArticleUploadController(UploadService uploads) {
        this.uploads = uploads;
    }

    @PostMapping(value = "/api/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                                      @RequestParam(required = false) String published,
                                                      @RequestParam(name = "source_name", required = false) String sourceName,
                                                      @RequestParam(name = "source_url", required = false) String sourceUrl,
                                                      @RequestParam(required = false) String lang,
                                                      Principal user) throws IOException {
        if (file.getSize() > uploads.limits().maxFileBytes()) {
            throw new UploadException("upload.error.tooLarge", String.format(Locale.ROOT, "%.1f", file.getSize() / 1048576.0),
                    String.format(Locale.ROOT, "%.1f", uploads.limits().maxFileBytes() / 1048576.0));
        }
        LocalDate date;
        try {
            date = published == null || published.isBlank() ? null : LocalDate.parse(published.strip());
        } catch (DateTimeParseException e) {
            throw new UploadException("upload.error.published", published);
        }
        String language = lang == null || lang.isBlank() || lang.equalsIgnoreCase("auto") ? null : lang.strip().toLowerCase(Locale.ROOT);
        UploadService.Stored stored = uploads.upload(file.getOriginalFilename(), file.getBytes(),
                new UploadService.Metadata(null, date, sourceName, sourceUrl, language), user.getName());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", stored.articleId());
        body.put("status", stored.status().name().toLowerCase(Locale.ROOT));
        body.put("facts", stored.facts());
        return ResponseEntity.status(stored.status() == org.dyad.article.IngestResult.Status.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(body);
    }

    @ExceptionHandler(UploadException.class)
    ResponseEntity<Map<String, Object>> refused(UploadException e) {
        HttpStatus status = e.messageKey().equals("upload.error.tooLarge") ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return error(status, e.message(Locale.ENGLISH));
    }

    @ExceptionHandler(ArticleValidationException.class)
    ResponseEntity<Map<String, Object>> invalid(ArticleValidationException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, Messages.get("upload.error.requestTooLarge", Locale.ENGLISH,
                String.format(Locale.ROOT, "%.1f", uploads.limits().maxFileBytes() / 1048576.0)));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> noFile(MissingServletRequestPartException e) {
        return error(HttpStatus.BAD_REQUEST, Messages.get("upload.error.noFile", Locale.ENGLISH));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
