package org.dyad.base;

import java.util.HashSet;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import org.dyad.base.ui.EChart;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.Cookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Browserless view tests: a mocked Vaadin session over the Spring context, all routes of Dyad. */
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), true).autoDiscoverViews("org.dyad");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * Starts over as a browser whose language menu is set to this language (the cookie the menu
     * writes), so every component is built in it, as after the menu's reload.
     */
    protected void reopenIn(Locale language) {
        MockVaadin.tearDown();
        MockVaadin.setup(() -> {
            jakarta.servlet.ServletRequest request = (VaadinServletRequest) VaadinRequest.getCurrent();
            while (request instanceof ServletRequestWrapper wrapper) {
                request = wrapper.getRequest();
            }
            ((FakeRequest) request).addCookie(new Cookie("dyad-lang", language.toLanguageTag()));
            return new UI();
        }, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
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
