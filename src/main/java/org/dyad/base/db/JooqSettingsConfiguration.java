package org.dyad.base.db;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    @Bean
    DefaultConfigurationCustomizer dyadJooqSettings() {
        return configuration -> configuration.set(JooqSettings.settings());
    }
}
