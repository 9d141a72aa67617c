package org.dyad.article;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.db.Tables.ARTICLE;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dyad.base.KaribuTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/** The admin's upload page: a preview before anything is stored, refused files with reasons, saving one and all. */
@UploadIntegrationTest
class UploadViewIT extends KaribuTest {

    @Autowired
    DSLContext dsl;

    private void open() {
        signInAs("admin", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/upload");
    }

    private static Div previews() {
        return _get(Div.class, spec -> spec.withId("upload-previews"));
    }

    @Test
    void a_windows_1256_text_and_a_russian_pdf_are_previewed_then_saved_all_at_once() throws Exception {
        open();
        _get(TextField.class, spec -> spec.withId("upload-source-name")).setValue("Press service");
        int before = dsl.fetchCount(ARTICLE);
        String arabic = "استقبل رئيس جمهورية طاجيكستان إمام علي رحمن في دوشنبه يوم 14 مارس 2024 وزير خارجية أوزبكستان بختيار سعيدوف. "
                + "وبلغ حجم التبادل التجاري بين البلدين 1.2 مليار دولار في عام 2023. " + System.nanoTime();
        Upload upload = _get(Upload.class);
        UploadKt._upload(upload, "arabic-1256.txt", "text/plain", arabic.getBytes(Charset.forName("windows-1256")));
        UploadKt._upload(upload, "visit.pdf", "application/pdf", Files.readAllBytes(Path.of("src/test/resources/upload/ru-official-visit.pdf")));
        UploadKt._upload(upload, "broken.pdf", "application/pdf", "%PDF-1.7 not really".getBytes());

        String shown = previews().getElement().getTextRecursively();
        assertThat(shown).contains("arabic-1256.txt · TEXT windows-1256 · Arabic", "Turnover 1.2 bn USD, 2023")
                .contains("visit.pdf · PDF · Russian", "Official visit")
                .contains("broken.pdf", "The PDF file is damaged");
        assertThat(dsl.fetchCount(ARTICLE)).as("a preview stores nothing").isEqualTo(before);

        Button saveAll = _get(Button.class, spec -> spec.withId("upload-save-all"));
        assertThat(saveAll.getText()).isEqualTo("Save all waiting (2)");
        _click(saveAll);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String after = "";
        while (System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false); // runs what the background save queued for the UI
            after = previews().getElement().getTextRecursively();
            if (after.split("tored as article", -1).length - 1 >= 2) {
                break;
            }
            Thread.sleep(50);
        }
        // the Arabic text is new; the PDF is new unless another test of this database stored it first
        assertThat(after).contains("Stored as article");
        assertThat(after.split("tored as article", -1).length - 1).as("both saved or found stored").isEqualTo(2);
        assertThat(dsl.fetchCount(ARTICLE)).isBetween(before + 1, before + 2);
        assertThat(dsl.select(ARTICLE.SOURCE_NAME).from(ARTICLE).where(ARTICLE.LANG.eq("ar"), ARTICLE.INGESTED_BY.eq("admin"))
                .fetch(ARTICLE.SOURCE_NAME)).contains("Press service");
        assertThat(_get(Button.class, spec -> spec.withId("upload-save-all")).isEnabled()).isFalse();
    }

    @Test
    void pasted_text_is_previewed_and_saving_it_twice_says_duplicate() {
        open();
        String text = "Kazakhstan and Kyrgyzstan held talks in Astana on 2 February 2024 on water sharing. " + System.nanoTime();
        _get(TextArea.class, spec -> spec.withId("upload-paste")).setValue(text);
        _click(_get(Button.class, spec -> spec.withId("upload-preview-pasted")));
        assertThat(previews().getElement().getTextRecursively()).contains("TEXT UTF-8 · English");
        // the detected language can be overruled: the card is read again in the chosen one
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> language = _find(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withClasses("dyad-upload-language")).getFirst();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, "ru", true);
        assertThat(previews().getElement().getTextRecursively()).contains("TEXT UTF-8 · Russian");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _find(com.vaadin.flow.component.select.Select.class, spec -> spec.withClasses("dyad-upload-language")).getFirst(),
                "en", true);
        _click(_find(Button.class, spec -> spec.withClasses("dyad-upload-save")).getFirst());
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("dyad-upload-status")).getText()).startsWith("Stored as article");

        _get(TextArea.class, spec -> spec.withId("upload-paste")).setValue(text);
        _click(_get(Button.class, spec -> spec.withId("upload-preview-pasted")));
        _click(_find(Button.class, spec -> spec.withClasses("dyad-upload-save")).getFirst());
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("dyad-upload-status")).stream().map(Paragraph::getText))
                .anySatisfy(t -> assertThat(t).startsWith("Already stored as article"));
    }
}
