package org.dyad.reference.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.dyad.base.ui.DatePickers;
import org.dyad.base.ui.MainLayout;
import org.dyad.reference.CountryName;
import org.dyad.reference.CountryService;
import org.dyad.reference.ReferenceEditException;
import org.dyad.reference.ReferenceEditService;
import org.dyad.reference.ReferenceEditService.AliasItem;
import org.dyad.reference.ReferenceEditService.Dated;
import org.dyad.reference.ReferenceEditService.OrganizationItem;
import org.dyad.reference.ReferenceEditService.PersonItem;
import org.dyad.reference.ReferenceEditService.SpanItem;
import org.dyad.reference.files.PartialDate;
import org.dyad.reference.files.PartialDate.Precision;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: keep the reference data current — people and their offices, organizations with their
 * aliases and memberships, the press's names for countries. Changes reach the parser at once.
 */
@Route(value = "admin/reference", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ReferenceView extends VerticalLayout implements HasDynamicTitle {

    private final ReferenceEditService edits;
    private final List<CountryName> countries;
    private final String actor;

    private final ComboBox<PersonItem> person = new ComboBox<>();
    private final Grid<AliasItem> personAliases = new Grid<>();
    private final Grid<SpanItem> terms = new Grid<>();
    private final ComboBox<OrganizationItem> organization = new ComboBox<>();
    private final Grid<AliasItem> organizationAliases = new Grid<>();
    private final Grid<SpanItem> memberships = new Grid<>();
    private final ComboBox<CountryName> country = new ComboBox<>();
    private final Grid<AliasItem> countryAliases = new Grid<>();

    public ReferenceView(ReferenceEditService edits, CountryService countryService, AuthenticationContext authentication) {
        this.edits = edits;
        this.actor = authentication.getPrincipalName().orElse("?");
        this.countries = countryService.all().stream()
                .sorted(Comparator.comparing(c -> c.name(getLocale()), java.text.Collator.getInstance(getLocale()))).toList();
        setWidthFull();
        H2 heading = new H2(getTranslation("reference.heading"));
        heading.getStyle().set("margin", "0");
        TabSheet tabs = new TabSheet();
        tabs.setId("reference-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("reference.people"), peopleTab());
        tabs.add(getTranslation("reference.organizations"), organizationsTab());
        tabs.add(getTranslation("reference.countries"), countriesTab());
        add(heading, new Paragraph(getTranslation("reference.intro")), tabs);
    }

    // ------------------------------------------------------------------ people

    private Component peopleTab() {
        person.setLabel(getTranslation("reference.person"));
        person.setId("reference-person");
        person.setWidth("24rem");
        person.setItemLabelGenerator(p -> p.nameEn() + (p.nameRu() == null ? "" : " · " + p.nameRu()));
        person.setItems(edits.people());
        person.addValueChangeListener(e -> refreshPerson());
        Button addPerson = new Button(getTranslation("reference.addPerson"), e -> openAddPerson());
        HorizontalLayout top = new HorizontalLayout(person, addPerson);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        personAliases.addColumn(AliasItem::lang).setHeader(getTranslation("reference.lang")).setAutoWidth(true);
        personAliases.addColumn(AliasItem::alias).setHeader(getTranslation("reference.alias")).setFlexGrow(1);
        personAliases.addComponentColumn(a -> deleteButton(() -> edits.deletePersonAlias(actor, a.id()), this::refreshPerson))
                .setAutoWidth(true);
        personAliases.setAllRowsVisible(true);
        Select<String> lang = langSelect();
        TextField alias = new TextField(getTranslation("reference.alias"));
        alias.setId("reference-person-alias");
        Button addAlias = new Button(getTranslation("reference.add"), e -> {
            if (person.getValue() != null && attempt(() -> edits.addPersonAlias(actor, person.getValue().id(), lang.getValue(),
                    alias.getValue()))) {
                alias.clear();
                refreshPerson();
            }
        });
        addAlias.setId("reference-person-alias-add");
        HorizontalLayout aliasForm = new HorizontalLayout(lang, alias, addAlias);
        aliasForm.setAlignItems(FlexComponent.Alignment.BASELINE);

        terms.addColumn(t -> name(t.country())).setHeader(getTranslation("common.country")).setAutoWidth(true);
        terms.addColumn(t -> getTranslation("reference.role." + t.what())).setHeader(getTranslation("reference.role"))
                .setAutoWidth(true);
        terms.addColumn(t -> PartialDate.format(t.from(), Precision.ofCode(t.fromPrecision())))
                .setHeader(getTranslation("common.from")).setAutoWidth(true);
        terms.addColumn(t -> t.to() == null ? "—" : PartialDate.format(t.to(), Precision.ofCode(t.toPrecision())))
                .setHeader(getTranslation("common.to")).setAutoWidth(true);
        terms.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("reference.note")).setFlexGrow(1);
        terms.addComponentColumn(t -> new HorizontalLayout(
                new Button(getTranslation("users.edit"), e -> openTerm(t)),
                deleteButton(() -> edits.deleteOfficeTerm(actor, t.id()), this::refreshPerson))).setAutoWidth(true);
        terms.setAllRowsVisible(true);
        Button addTerm = new Button(getTranslation("reference.addTerm"), e -> {
            if (person.getValue() != null) {
                openTerm(null);
            }
        });
        addTerm.setId("reference-add-term");
        return new Div(top, card(getTranslation("reference.aliases"), personAliases, aliasForm),
                card(getTranslation("reference.terms"), terms, addTerm));
    }

    private void refreshPerson() {
        PersonItem p = person.getValue();
        personAliases.setItems(p == null ? List.of() : edits.personAliases(p.id()));
        terms.setItems(p == null ? List.of() : edits.officeTerms(p.id()));
    }

    private void openAddPerson() {
        Dialog dialog = new Dialog(getTranslation("reference.addPerson"));
        TextField en = new TextField(getTranslation("reference.nameEn"));
        en.setId("reference-name-en");
        TextField ar = new TextField(getTranslation("reference.nameAr"));
        ar.getElement().setAttribute("dir", "rtl");
        TextField ru = new TextField(getTranslation("reference.nameRu"));
        dialog.add(new FormLayout(en, ar, ru));
        Button save = new Button(getTranslation("users.save"), e -> {
            long[] id = new long[1];
            if (attempt(() -> id[0] = edits.addPerson(actor, en.getValue(), ar.getValue(), ru.getValue()))) {
                List<PersonItem> people = edits.people();
                person.setItems(people);
                people.stream().filter(p -> p.id() == id[0]).findFirst().ifPresent(person::setValue);
                dialog.close();
            }
        });
        save.setId("reference-person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openTerm(SpanItem term) {
        openSpan(getTranslation("reference.terms"), getTranslation("reference.role"), ReferenceEditService.ROLES,
                r -> getTranslation("reference.role." + r), term,
                (country, role, from, to, note) -> edits.saveOfficeTerm(actor, term == null ? null : term.id(),
                        person.getValue().id(), country, role, from, to, note), this::refreshPerson);
    }

    /** What a span dialog saves: country, office or status, from, until, note. */
    private interface SpanSave {
        void save(String country, String what, Dated from, Dated to, String note);
    }

    /** The dialog for an office term or a membership: a country, what (office or status), from, until, a note. */
    private void openSpan(String title, String whatLabel, List<String> whats, ItemLabelGenerator<String> whatName, SpanItem item,
                          SpanSave save, Runnable refresh) {
        Dialog dialog = new Dialog(title);
        ComboBox<CountryName> c = countryBox();
        Select<String> what = new Select<>();
        what.setLabel(whatLabel);
        what.setItems(whats);
        what.setItemLabelGenerator(whatName);
        DatedField from = new DatedField(getTranslation("common.from"));
        DatedField to = new DatedField(getTranslation("reference.until"));
        TextField note = new TextField(getTranslation("reference.note"));
        if (item != null) {
            countries.stream().filter(x -> x.code().equals(item.country())).findFirst().ifPresent(c::setValue);
            what.setValue(item.what());
            from.set(item.from(), item.fromPrecision());
            to.set(item.to(), item.toPrecision());
            note.setValue(item.note() == null ? "" : item.note());
        }
        dialog.add(new FormLayout(c, what, from, to, note));
        Button ok = new Button(getTranslation("users.save"), e -> {
            if (attempt(() -> save.save(c.getValue() == null ? null : c.getValue().code(), what.getValue(), from.value(), to.value(),
                    note.getValue()))) {
                refresh.run();
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    // ------------------------------------------------------------------ organizations

    private Component organizationsTab() {
        organization.setLabel(getTranslation("reference.organization"));
        organization.setWidth("24rem");
        organization.setItems(edits.organizations());
        organization.setItemLabelGenerator(o -> o.code() + " · " + switch (getLocale().getLanguage()) {
            case "ar" -> o.nameAr();
            case "ru" -> o.nameRu();
            default -> o.nameEn();
        });
        organization.addValueChangeListener(e -> refreshOrganization());

        organizationAliases.addColumn(AliasItem::lang).setHeader(getTranslation("reference.lang")).setAutoWidth(true);
        organizationAliases.addColumn(AliasItem::alias).setHeader(getTranslation("reference.alias")).setFlexGrow(1);
        organizationAliases.addComponentColumn(a -> deleteButton(() -> edits.deleteOrganizationAlias(actor, a.id()),
                this::refreshOrganization)).setAutoWidth(true);
        organizationAliases.setAllRowsVisible(true);
        Select<String> lang = langSelect();
        TextField alias = new TextField(getTranslation("reference.alias"));
        Button addAlias = new Button(getTranslation("reference.add"), e -> {
            if (organization.getValue() != null && attempt(() -> edits.addOrganizationAlias(actor, organization.getValue().code(),
                    lang.getValue(), alias.getValue()))) {
                alias.clear();
                refreshOrganization();
            }
        });
        HorizontalLayout aliasForm = new HorizontalLayout(lang, alias, addAlias);
        aliasForm.setAlignItems(FlexComponent.Alignment.BASELINE);

        memberships.addColumn(m -> name(m.country())).setHeader(getTranslation("common.country")).setAutoWidth(true);
        memberships.addColumn(m -> getTranslation("chart." + m.what())).setHeader(getTranslation("reference.status"))
                .setAutoWidth(true);
        memberships.addColumn(m -> PartialDate.format(m.from(), Precision.ofCode(m.fromPrecision())))
                .setHeader(getTranslation("common.from")).setAutoWidth(true);
        memberships.addColumn(m -> m.to() == null ? "—" : PartialDate.format(m.to(), Precision.ofCode(m.toPrecision())))
                .setHeader(getTranslation("common.to")).setAutoWidth(true);
        memberships.addColumn(m -> m.note() == null ? "" : m.note()).setHeader(getTranslation("reference.note")).setFlexGrow(1);
        memberships.addComponentColumn(m -> new HorizontalLayout(
                new Button(getTranslation("users.edit"), e -> openMembership(m)),
                deleteButton(() -> edits.deleteMembership(actor, m.id()), this::refreshOrganization))).setAutoWidth(true);
        memberships.setAllRowsVisible(true);
        Button addMembership = new Button(getTranslation("reference.addMembership"), e -> {
            if (organization.getValue() != null) {
                openMembership(null);
            }
        });
        return new Div(organization, card(getTranslation("reference.aliases"), organizationAliases, aliasForm),
                card(getTranslation("reference.memberships"), memberships, addMembership));
    }

    private void refreshOrganization() {
        OrganizationItem o = organization.getValue();
        organizationAliases.setItems(o == null ? List.of() : edits.organizationAliases(o.code()));
        memberships.setItems(o == null ? List.of() : edits.memberships(o.code()));
    }

    private void openMembership(SpanItem m) {
        openSpan(getTranslation("reference.memberships"), getTranslation("reference.status"), ReferenceEditService.STATUSES,
                st -> getTranslation("chart." + st), m,
                (country, status, from, to, note) -> edits.saveMembership(actor, m == null ? null : m.id(),
                        organization.getValue().code(), country, status, from, to, note), this::refreshOrganization);
    }

    // ------------------------------------------------------------------ countries

    private Component countriesTab() {
        country.setLabel(getTranslation("common.country"));
        country.setId("reference-country");
        country.setWidth("20rem");
        country.setItems(countries);
        country.setItemLabelGenerator(c -> c.name(getLocale()) + " (" + c.code() + ")");
        country.addValueChangeListener(e -> refreshCountry());
        countryAliases.setId("reference-country-aliases");
        countryAliases.addColumn(AliasItem::lang).setHeader(getTranslation("reference.lang")).setAutoWidth(true);
        countryAliases.addColumn(a -> getTranslation("reference.kind." + a.kind())).setHeader(getTranslation("review.kind"))
                .setAutoWidth(true);
        countryAliases.addColumn(AliasItem::alias).setHeader(getTranslation("reference.alias")).setFlexGrow(1);
        countryAliases.addComponentColumn(a -> deleteButton(() -> edits.deleteCountryAlias(actor, a.id()), this::refreshCountry))
                .setAutoWidth(true);
        countryAliases.setAllRowsVisible(true);
        Select<String> lang = langSelect();
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("review.kind"));
        kind.setItems(ReferenceEditService.ALIAS_KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("reference.kind." + k));
        kind.setValue("name");
        TextField alias = new TextField(getTranslation("reference.alias"));
        alias.setId("reference-country-alias");
        Button add = new Button(getTranslation("reference.add"), e -> {
            if (country.getValue() != null && attempt(() -> edits.addCountryAlias(actor, country.getValue().code(), lang.getValue(),
                    kind.getValue(), alias.getValue()))) {
                alias.clear();
                refreshCountry();
            }
        });
        add.setId("reference-country-alias-add");
        HorizontalLayout form = new HorizontalLayout(lang, kind, alias, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(country, card(getTranslation("reference.aliases"), countryAliases, form));
    }

    private void refreshCountry() {
        countryAliases.setItems(country.getValue() == null ? List.of() : edits.countryAliases(country.getValue().code()));
    }

    // ------------------------------------------------------------------ parts

    private static Div card(String title, Component... content) {
        Div card = new Div(new H3(title));
        card.add(content);
        card.addClassName("dyad-card");
        card.getStyle().set("margin-top", "var(--lumo-space-m)");
        return card;
    }

    private Select<String> langSelect() {
        Select<String> lang = new Select<>();
        lang.setLabel(getTranslation("reference.lang"));
        lang.setItems("ar", "ru", "en");
        lang.setItemLabelGenerator(l -> getTranslation("lang." + l));
        lang.setValue("en");
        lang.setWidth("9rem");
        return lang;
    }

    private ComboBox<CountryName> countryBox() {
        ComboBox<CountryName> c = new ComboBox<>(getTranslation("common.country"));
        c.setItems(countries);
        c.setItemLabelGenerator(x -> x.name(getLocale()) + " (" + x.code() + ")");
        return c;
    }

    private Button deleteButton(Runnable delete, Runnable refresh) {
        Button b = new Button(getTranslation("reference.delete"), e -> {
            if (attempt(delete)) {
                refresh.run();
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        b.addClassName("dyad-reference-delete");
        return b;
    }

    private String name(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> c.name(getLocale())).orElse(code);
    }

    private boolean attempt(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("reference.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (ReferenceEditException e) {
            Notification.show(e.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    /** A date with how much of it is known: the day, the month or only the year. */
    private final class DatedField extends HorizontalLayout {
        private final DatePicker date = new DatePicker();
        private final Select<Precision> precision = new Select<>();

        DatedField(String label) {
            date.setLabel(label);
            DatePickers.localize(date, getLocale());
            precision.setLabel(getTranslation("reference.precision"));
            precision.setItems(Precision.values());
            precision.setItemLabelGenerator(p -> getTranslation("reference.precision." + p.code()));
            precision.setValue(Precision.DAY);
            precision.setWidth("8rem");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(date, precision);
        }

        void set(LocalDate value, String precisionCode) {
            date.setValue(value);
            precision.setValue(precisionCode == null ? Precision.DAY : Precision.ofCode(precisionCode));
        }

        Dated value() {
            return date.getValue() == null ? null : new Dated(date.getValue(), precision.getValue());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reference.title");
    }
}
