package org.dyad.base;

import java.util.HashSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

/** Browserless view tests: a mocked Vaadin session over the Spring context, all routes of Dyad. */
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes(new HashSet<>(), new HashSet<>(), true).autoDiscoverViews("org.dyad");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
