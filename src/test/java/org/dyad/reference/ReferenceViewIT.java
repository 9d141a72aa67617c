package org.dyad.reference;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.dyad.article.UploadIntegrationTest;
import org.dyad.base.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;

/** An admin adds a press name for a country in the UI, and the parser knows it at once. */
@UploadIntegrationTest
class ReferenceViewIT extends KaribuTest {

    @Autowired
    ReferenceParser parsers;

    @Test
    void a_country_name_added_in_the_ui_reaches_the_parser() {
        signInAs("admin", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/reference");
        _get(TabSheet.class, spec -> spec.withId("reference-tabs")).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        ComboBox<CountryName> country = _get(ComboBox.class, spec -> spec.withId("reference-country"));
        country.setValue(country.getListDataView().getItems().filter(c -> c.code().equals("TM")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<ReferenceEditService.AliasItem> aliases = _get(Grid.class, spec -> spec.withId("reference-country-aliases"));
        int before = GridKt._size(aliases);

        _get(TextField.class, spec -> spec.withId("reference-country-alias")).setValue("Turkmenia");
        _click(_get(Button.class, spec -> spec.withId("reference-country-alias-add")));
        NotificationsKt.expectNotifications("Saved; the parser uses it from now on.");
        assertThat(GridKt._size(aliases)).isEqualTo(before + 1);
        assertThat(parsers.current().parse("Trade between Turkmenia and Uzbekistan reached $1 billion in 2023.", "en",
                LocalDate.of(2024, 1, 1)).countryPairs()).containsExactly(List.of("TM", "UZ"));

        _click(_get(Button.class, spec -> spec.withId("reference-country-alias-add"))); // empty name now
        NotificationsKt.expectNotifications("Fill in the name.");
        assertThat(GridKt._size(aliases)).isEqualTo(before + 1);
    }
}
