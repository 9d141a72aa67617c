package org.dyad.user;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.dyad.IntegrationTest;
import org.dyad.article.ui.DataAdminView;
import org.dyad.base.KaribuTest;
import org.dyad.user.ui.LoginView;
import org.dyad.user.ui.UsersView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** Who may open which view: nobody but the sign-in page without signing in, the admin pages only for admins. */
@IntegrationTest
class RouteAccessIT extends KaribuTest {

    private static final Set<Class<? extends Component>> ADMIN_ONLY = Set.of(UsersView.class, DataAdminView.class,
            org.dyad.article.ui.UploadView.class, org.dyad.article.ui.ReviewView.class,
            org.dyad.reference.ui.ReferenceView.class);
    private static final Set<String> ADMIN_PATHS = Set.of("admin/users", "admin/data", "admin/upload", "admin/review",
            "admin/reference");
    private static final Set<String> ANALYST_PATHS = Set.of("dyad/TJ/KZ", "country/TJ", "network", "articles", "articles/1",
            "reports");

    @Test
    void every_route_declares_who_may_open_it() {
        Set<Class<? extends Component>> routes = new Routes().autoDiscoverViews("org.dyad").getRoutes().stream()
                .filter(c -> c.isAnnotationPresent(Route.class)).collect(Collectors.toSet());
        assertThat(routes).hasSizeGreaterThanOrEqualTo(9);
        for (Class<? extends Component> route : routes) {
            if (route == LoginView.class) {
                assertThat(route).hasAnnotation(AnonymousAllowed.class);
            } else if (ADMIN_ONLY.contains(route)) {
                assertThat(route.getAnnotation(RolesAllowed.class).value()).as(route.getName()).containsExactly("ADMIN");
            } else {
                assertThat(route.isAnnotationPresent(PermitAll.class)).as(route.getName() + " needs a signed-in user").isTrue();
                assertThat(route.isAnnotationPresent(AnonymousAllowed.class)).as(route.getName()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dyad/TJ/KZ", "country/TJ", "network", "articles", "articles/1", "reports", "admin/users", "admin/data", "admin/upload", "admin/review",
        "admin/reference", ""})
    void signed_out_every_view_leads_to_the_sign_in_page(String path) {
        signInAs(null);
        UI.getCurrent().navigate(path);
        assertThat(_find(LoginView.class)).as(path).hasSize(1);
    }

    @Test
    void an_analyst_reads_every_view_but_opens_no_admin_page() {
        for (String path : ANALYST_PATHS) {
            UI.getCurrent().navigate(path);
            assertThat(_find(LoginView.class)).as(path).isEmpty();
        }
        for (String path : ADMIN_PATHS) {
            UI.getCurrent().navigate(path);
            assertThat(_find(UsersView.class)).as(path).isEmpty();
            assertThat(_find(DataAdminView.class)).as(path).isEmpty();
            assertThat(_find(org.dyad.article.ui.UploadView.class)).as(path).isEmpty();
            assertThat(_find(org.dyad.article.ui.ReviewView.class)).as(path).isEmpty();
            assertThat(_find(org.dyad.reference.ui.ReferenceView.class)).as(path).isEmpty();
            assertThat(_find(com.vaadin.flow.router.RouteNotFoundError.class)).as(path).hasSize(1);
        }
        UI.getCurrent().navigate("network");
        assertThat(_get(SideNav.class).getElement().getTextRecursively()).doesNotContain("Users", "Administration");
    }

    @Test
    void an_admin_opens_the_admin_pages_and_sees_them_in_the_menu() {
        signInAs("admin", "ADMIN", "ANALYST");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<UserAccount> grid = _get(com.vaadin.flow.component.grid.Grid.class,
                spec -> spec.withId("users-grid"));
        assertThat(grid.getGenericDataView().getItems().map(UserAccount::username)).contains("admin");
        UI.getCurrent().navigate("admin/data");
        assertThat(_find(DataAdminView.class)).hasSize(1);
        assertThat(_get(SideNav.class).getElement().getTextRecursively()).contains("Users", "Data and audit log");
    }
}
