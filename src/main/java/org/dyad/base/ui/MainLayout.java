package org.dyad.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The shell: product name, navigation, and the light/dark switch. */
public class MainLayout extends AppLayout {

    public static final String DEFAULT_DYAD = "dyad/TJ/KZ";

    public MainLayout() {
        Span brand = new Span("Dyad");
        brand.addClassName("dyad-brand");
        Span tagline = new Span("bilateral relations, sentence by sentence");
        tagline.addClassName("dyad-tagline");

        Button scheme = new Button(VaadinIcon.ADJUST.create(), e -> toggleScheme());
        scheme.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        scheme.setAriaLabel("Switch light and dark");
        scheme.setTooltipText("Light / dark");

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), brand, tagline);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setSpacing(true);
        HorizontalLayout navbar = new HorizontalLayout(bar, scheme);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        navbar.addClassName("dyad-navbar");
        addToNavbar(navbar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Dyad overview", DEFAULT_DYAD, VaadinIcon.CONNECT.create()));
        nav.addItem(new SideNavItem("Country and partners", "country/TJ", VaadinIcon.GLOBE.create()));
        nav.addItem(new SideNavItem("Network", "network", VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Articles", "articles", VaadinIcon.NEWSPAPER.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private void toggleScheme() {
        var page = UI.getCurrent().getPage();
        boolean dark = page.getColorScheme() == ColorScheme.Value.DARK;
        page.setColorScheme(dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
    }
}
