package org.dyad.article;

import org.dyad.extract.ArticleParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ParserConfiguration {

    /** The same parser, over the same bundled reference files, as the extract command. */
    @Bean
    ArticleParser articleParser() {
        return ArticleParser.fromReferenceFiles();
    }
}
