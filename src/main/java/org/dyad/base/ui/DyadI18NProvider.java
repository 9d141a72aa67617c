package org.dyad.base.ui;

import java.util.List;
import java.util.Locale;

import org.dyad.base.i18n.Messages;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Vaadin's {@code getTranslation} over Dyad's messages in English, Arabic and Russian. */
@Component
public class DyadI18NProvider implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(key, locale, params);
    }
}
