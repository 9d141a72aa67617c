package org.dyad.base.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.dyad.base.i18n.Messages;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The shell: product name, navigation, the language menu and the light/dark switch. */
@PermitAll
public class MainLayout extends AppLayout {

    public static final String DEFAULT_DYAD = "dyad/TJ/KZ";

    public MainLayout(AuthenticationContext authentication) {
        Span brand = new Span("Dyad");
        brand.addClassName("dyad-brand");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("dyad-tagline");

        Button scheme = new Button(VaadinIcon.ADJUST.create(), e -> toggleScheme());
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel(getTranslation("app.scheme.aria"));
        scheme.setTooltipText(getTranslation("app.scheme"));

        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setItems(Messages.LANGUAGES);
        // each language in its own words, so a reader who does not know the current one still finds theirs
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l).substring(0, 1).toUpperCase(l)
                + l.getDisplayLanguage(l).substring(1));
        language.setValue(Messages.supported(getLocale()));
        language.setAriaLabel(getTranslation("app.language"));
        language.setTooltipText(getTranslation("app.language"));
        language.addThemeVariants(SelectVariant.LUMO_SMALL);
        language.setWidth("9rem");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiLanguage.switchTo(UI.getCurrent().getPage(), e.getValue());
            }
        });
        String user = authentication.getPrincipalName().orElse("");
        Span signedIn = new Span(user);
        signedIn.setId("signed-in-user");
        signedIn.addClassName("dyad-hint");
        Button signOut = new Button(VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setAriaLabel(getTranslation("app.signOut"));
        signOut.setTooltipText(getTranslation("app.signOut"));
        HorizontalLayout tools = new HorizontalLayout(language, scheme, signedIn, signOut);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand, tagline);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setSpacing(true);
        HorizontalLayout navbar = new HorizontalLayout(bar, tools);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        navbar.addClassName("dyad-navbar");
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.dyad"), DEFAULT_DYAD, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.country"), "country/TJ", VaadinIcon.GLOBE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.network"), "network", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.articles"), "articles", VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.reports"), "reports", VaadinIcon.FILE_TEXT_O.create()));
        if (authentication.hasRole("ADMIN")) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setExpanded(true);
            admin.addItem(new SideNavItem(getTranslation("nav.upload"), "admin/upload", VaadinIcon.UPLOAD.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.review"), "admin/review", VaadinIcon.CHECK_SQUARE_O.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.reference"), "admin/reference", VaadinIcon.BOOK.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()));
            admin.addItem(new SideNavItem(getTranslation("nav.data"), "admin/data", VaadinIcon.DATABASE.create()));
            nav.addItem(admin);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private void toggleScheme() {
        var page = UI.getCurrent().getPage();
        boolean dark = page.getColorScheme() == ColorScheme.Value.DARK;
        page.setColorScheme(dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
    }
}
