package org.dyad.article.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Upload limits from {@code dyad.upload.*} (see the README's configuration table). */
@Configuration
public class UploadConfiguration {

    @Bean
    UploadLimits uploadLimits(@Value("${dyad.upload.max-file-size:10MB}") DataSize maxFileSize,
                              @Value("${dyad.upload.max-chars:1000000}") int maxChars,
                              @Value("${dyad.upload.max-expanded-size:50MB}") DataSize maxExpanded,
                              @Value("${dyad.upload.max-pdf-pages:500}") int maxPdfPages,
                              @Value("${dyad.upload.max-files:50}") int maxFiles) {
        return new UploadLimits(maxFileSize.toBytes(), Math.min(maxChars, org.dyad.article.ArticleIngestService.MAX_CHARS),
                maxExpanded.toBytes(), maxPdfPages, maxFiles);
    }
}
