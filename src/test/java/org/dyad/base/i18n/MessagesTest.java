package org.dyad.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(Messages.BUNDLE + suffix + ".properties")) {
            assertThat(in).as("bundle %s", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ar", "_ru"})
    void every_language_has_every_key_with_the_same_arguments(String suffix) throws IOException {
        Properties english = load("");
        Properties other = load(suffix);
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(other.getProperty(key))).as("%s%s", key, suffix)
                    .isEqualTo(arguments(english.getProperty(key)));
            assertThat(other.getProperty(key)).as("%s%s is translated", key, suffix).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ar", "_ru"})
    void every_pattern_is_a_valid_message_format_without_stray_quotes(String suffix) throws IOException {
        Properties p = load(suffix);
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            new MessageFormat(pattern); // throws on a malformed pattern
            assertThat(pattern).as("%s%s: write ’ rather than ' (MessageFormat would eat it)", key, suffix)
                    .doesNotContain("'");
        }
    }

    @Test
    void arabic_and_russian_are_written_in_their_scripts() throws IOException {
        // a key copied over in English would pass the key check; the script check catches it
        Properties ar = load("_ar");
        Properties ru = load("_ru");
        Set<String> sameEverywhere = Set.of("dyad.exportJson", "dyad.heading", "dyad.title", "reader.title");
        for (String key : ar.stringPropertyNames()) {
            if (sameEverywhere.contains(key)) {
                continue;
            }
            assertThat(ar.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("%s in Arabic", key).isTrue();
            assertThat(ru.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC))
                    .as("%s in Russian", key).isTrue();
        }
    }

    @Test
    void numbers_are_printed_plainly_and_arguments_in_place() {
        assertThat(Messages.get("network.heading", Locale.ENGLISH, 2015, 2025)).isEqualTo("Meetings network, 2015–2025");
        assertThat(Messages.get("network.heading", Messages.ARABIC, 2015, 2025)).isEqualTo("شبكة اللقاءات، 2015–2025");
        assertThat(Messages.get("articles.count", Messages.RUSSIAN, 100000)).isEqualTo("Статей: 100000");
        assertThat(Messages.get("dyad.sectors.hint", Locale.ENGLISH)).contains("pair’s");
    }

    @Test
    void unsupported_languages_get_english_and_unknown_keys_come_back_as_they_are() {
        assertThat(Messages.supported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Messages.supported(Locale.forLanguageTag("ar-EG"))).isEqualTo(Messages.ARABIC);
        assertThat(Messages.get("nav.network", Locale.GERMAN)).isEqualTo("Network");
        assertThat(Messages.get("no.such.key", Messages.RUSSIAN)).isEqualTo("no.such.key");
        assertThat(Messages.rightToLeft(Messages.ARABIC)).isTrue();
        assertThat(Messages.rightToLeft(Messages.RUSSIAN)).isFalse();
    }

    @Test
    void the_jvm_default_locale_never_leaks_in() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Messages.RUSSIAN);
            assertThat(Messages.get("nav.network", Locale.ENGLISH)).isEqualTo("Network");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
