package org.dyad.base;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import org.dyad.base.ui.EChart;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Browserless view tests: a mocked Vaadin session over the Spring context, all routes of Dyad, and a
 * signed-in analyst unless a test signs in as someone else ({@link #signInAs}) or nobody.
 */
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), true).autoDiscoverViews("org.dyad");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        start(null, "analyst", "ANALYST");
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /**
     * Starts over as a browser whose language menu is set to this language (the cookie the menu
     * writes), so every component is built in it, as after the menu's reload.
     */
    protected void reopenIn(Locale language) {
        MockVaadin.tearDown();
        String user = SecurityContextHolder.getContext().getAuthentication() == null ? null
                : SecurityContextHolder.getContext().getAuthentication().getName();
        String[] roles = SecurityContextHolder.getContext().getAuthentication() == null ? new String[0]
                : SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(a -> a.getAuthority().substring("ROLE_".length())).toArray(String[]::new);
        start(language, user, roles);
    }

    /** Starts over signed in as this user with these roles (ANALYST, ADMIN), or signed out when user is null. */
    protected void signInAs(String user, String... roles) {
        MockVaadin.tearDown();
        start(null, user, roles);
    }

    private void start(Locale language, String user, String... roles) {
        SecurityContextHolder.clearContext();
        List<SimpleGrantedAuthority> authorities = Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        UsernamePasswordAuthenticationToken authentication = user == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(new User(user, "", authorities), null, authorities);
        if (authentication != null) {
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        MockVaadin.setup(() -> {
            FakeRequest request = fakeRequest();
            if (language != null) {
                request.addCookie(new Cookie("dyad-lang", language.toLanguageTag()));
            }
            if (authentication != null) {
                request.setUserPrincipalInt(authentication);
                request.setUserInRole((principal, role) -> authorities.stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
            }
            return new UI();
        }, new MockSpringServlet(ROUTES, context, UI::new));
    }

    private static FakeRequest fakeRequest() {
        ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    /** A click on a chart item, as the chart component sends it: the item's fact ids and its reference. */
    protected static void clickChart(EChart chart, JsonNode factIds, JsonNode ref) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (factIds == null) {
            data.putArray("event.detail.factIds");
        } else {
            data.set("event.detail.factIds", factIds);
        }
        if (ref != null) {
            data.set("event.detail.ref", ref);
        }
        BasicUtilsKt._fireDomEvent(chart, "chart-click", data);
    }
}
