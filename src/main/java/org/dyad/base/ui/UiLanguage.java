package org.dyad.base.ui;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import org.dyad.base.i18n.Messages;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import jakarta.servlet.http.Cookie;

/**
 * The UI language of each browser tab: the one picked in the language menu (a cookie), else the
 * browser's first language that Dyad speaks, else English. Arabic turns the whole layout right to left.
 */
@Component
public class UiLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "dyad-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI(), choose(VaadinRequest.getCurrent())));
    }

    static Locale choose(VaadinRequest request) {
        if (request == null) {
            return Messages.ENGLISH;
        }
        Optional<Locale> picked = Optional.ofNullable(request.getCookies()).stream()
                .flatMap(java.util.Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .map(Locale::forLanguageTag)
                .filter(l -> Messages.LANGUAGES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst();
        if (picked.isPresent()) {
            return Messages.supported(picked.get());
        }
        var locales = request.getLocales() == null ? Collections.<Locale>emptyList() : Collections.list(request.getLocales());
        return locales.stream()
                .filter(l -> Messages.LANGUAGES.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst().map(Messages::supported).orElse(Messages.ENGLISH);
    }

    /** Sets the tab's locale, the document's language and its direction. */
    public static void apply(UI ui, Locale locale) {
        Locale language = Messages.supported(locale);
        ui.setLocale(language);
        Direction direction = Messages.rightToLeft(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setDirection(direction);
        ComponentUtil.setData(ui, Direction.class, direction);
        ui.getElement().executeJs("document.documentElement.lang = $0", language.toLanguageTag());
    }

    /** The direction {@link #apply} gave the tab (Vaadin only sends it to the browser). */
    public static Direction direction(UI ui) {
        Direction d = ComponentUtil.getData(ui, Direction.class);
        return d == null ? Direction.LEFT_TO_RIGHT : d;
    }

    /** Remembers the choice for a year and reloads the page, so every view is built again in the new language. */
    static void switchTo(Page page, Locale language) {
        page.executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'; location.reload();",
                COOKIE, language.toLanguageTag());
    }
}
