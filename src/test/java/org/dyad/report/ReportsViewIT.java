package org.dyad.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;

import org.dyad.IntegrationTest;
import org.dyad.base.KaribuTest;
import org.dyad.report.DyadReport.Section;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

/** The report builder makes the PDF in the background and then offers it for download; an empty choice is refused. */
@IntegrationTest
class ReportsViewIT extends KaribuTest {

    @Test
    void an_analyst_builds_a_report_with_chosen_sections_and_gets_a_download() throws Exception {
        UI.getCurrent().navigate("reports");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Section> sections = _get(CheckboxGroup.class, spec -> spec.withId("report-sections"));
        sections.setValue(EnumSet.noneOf(Section.class));
        _click(_get(Button.class, spec -> spec.withId("report-create")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-status")).getText()).isEqualTo("Choose at least one section.");

        sections.setValue(EnumSet.of(Section.TRADE, Section.EVIDENCE));
        _click(_get(Button.class, spec -> spec.withId("report-create")));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (_find(Anchor.class, spec -> spec.withId("report-download")).isEmpty() && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(50);
        }
        Anchor download = _get(Anchor.class, spec -> spec.withId("report-download"));
        assertThat(download.getText()).startsWith("Download dyad-TJ-KZ-2015-");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-status")).getText()).matches("Ready: \\d+ KB, made in [0-9.]+ s\\.");
    }
}
