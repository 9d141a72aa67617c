package org.dyad.base.ui;

import java.util.Locale;

import org.dyad.base.db.DatabaseStatus;
import org.dyad.base.i18n.Messages;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * A click or an edit that fails because the database does not answer tells the user so, in their
 * language, instead of failing silently; other errors go to Vaadin's default handling (logged).
 */
@Component
public class DatabaseErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private final transient DatabaseStatus database;
    private final DefaultErrorHandler fallback = new DefaultErrorHandler();

    public DatabaseErrorHandler(DatabaseStatus database) {
        this.database = database;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !database.isUnreachable(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        Locale locale = ui.getLocale();
        Notification note = Notification.show(Messages.get("error.database.action", locale), 6000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
