package org.dyad.base.ui;

import org.dyad.base.db.DatabaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * What a page shows when it could not be built. When the database does not answer it says so, keeps
 * checking, and opens the page again by itself once the database is back; any other failure is
 * logged and reported plainly (never a stack trace).
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<RuntimeException> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);
    static final int POLL_MS = 3000;

    private final transient DatabaseStatus database;
    private Location location;
    private Registration poll;

    public ErrorView(DatabaseStatus database) {
        this.database = database;
        setId("error-view");
        setPadding(true);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<RuntimeException> parameter) {
        removeAll();
        Anchor home = new Anchor("", "Dyad");
        if (!database.isUnreachable(parameter.getCaughtException())) {
            LOG.error("Could not open '{}'", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
            add(home, new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.text")));
            return 500;
        }
        location = event.getLocation();
        // plain elements only: an error page cannot count on a component's script being loaded
        H2 title = new H2(getTranslation("error.database.title"));
        title.setId("database-unreachable");
        add(home, title, new Paragraph(getTranslation("error.database.text")));
        return 503;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (location == null) {
            return;
        }
        UI ui = attach.getUI();
        ui.setPollInterval(POLL_MS);
        poll = ui.addPollListener(e -> {
            if (database.reachable()) {
                stopPolling(ui);
                ui.navigate(location.getPath(), location.getQueryParameters()); // the database is back: open the page that failed
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    private void stopPolling(UI ui) {
        if (poll != null) {
            poll.remove();
            poll = null;
            ui.setPollInterval(-1);
        }
    }
}
