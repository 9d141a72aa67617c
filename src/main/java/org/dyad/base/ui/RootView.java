package org.dyad.base.ui;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** The root opens the dyad of the seed article, Tajikistan and Kazakhstan. */
@PermitAll
@Route("")
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(MainLayout.DEFAULT_DYAD);
    }
}
