package org.dyad.article.ui;

import org.dyad.article.demo.DemoDataService;
import org.dyad.base.audit.AuditLog;
import org.dyad.base.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/** Admin: the synthetic data in the database (and removing it all), and the latest entries of the audit log. */
@Route(value = "admin/data", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class DataAdminView extends VerticalLayout implements HasDynamicTitle {

    private final DemoDataService demo;
    private final AuditLog audit;
    private final AuthenticationContext authentication;
    private final Paragraph syntheticCount = new Paragraph();
    private final Button remove = new Button();
    private final Grid<AuditLog.Entry> log = new Grid<>();

    public DataAdminView(DemoDataService demo, AuditLog audit, AuthenticationContext authentication) {
        this.demo = demo;
        this.audit = audit;
        this.authentication = authentication;
        setWidthFull();
        H2 heading = new H2(getTranslation("data.heading"));
        heading.getStyle().set("margin", "0");

        syntheticCount.setId("synthetic-count");
        remove.setText(getTranslation("data.remove"));
        remove.setId("remove-synthetic");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirmRemoval());
        Div synthetic = new Div(new H3(getTranslation("data.synthetic")), syntheticCount,
                new Paragraph(getTranslation("data.synthetic.hint")), remove);
        synthetic.addClassName("dyad-card");
        synthetic.setWidthFull();

        log.setId("audit-log");
        log.addColumn(e -> e.occurredAt().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        log.addColumn(AuditLog.Entry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        log.addColumn(e -> e.action() + " " + e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        log.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("audit.before")).setFlexGrow(1);
        log.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after")).setFlexGrow(1);
        log.setAllRowsVisible(true);
        Div auditCard = new Div(new H3(getTranslation("audit.heading")), log);
        auditCard.addClassName("dyad-card");
        auditCard.setWidthFull();
        add(heading, synthetic, auditCard);
        refresh();
    }

    private void refresh() {
        int count = demo.countSynthetic();
        syntheticCount.setText(getTranslation("data.synthetic.count", count));
        remove.setEnabled(count > 0);
        log.setItems(audit.latest(50));
    }

    private void confirmRemoval() {
        Dialog dialog = new Dialog();
        dialog.setId("confirm-removal");
        dialog.setHeaderTitle(getTranslation("data.remove.title"));
        dialog.add(new Paragraph(getTranslation("data.remove.question", demo.countSynthetic())));
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("data.remove"), e -> {
            int removed = demo.removeAll(authentication.getPrincipalName().orElse("?"));
            dialog.close();
            Notification.show(getTranslation("data.removed", removed), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        confirm.setId("confirm-remove");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("data.title");
    }
}
