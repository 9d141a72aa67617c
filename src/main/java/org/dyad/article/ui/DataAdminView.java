package org.dyad.article.ui;

import org.dyad.article.demo.DemoDataService;
import org.dyad.base.audit.AuditLog;
import org.dyad.article.review.ReparseService;
import org.dyad.article.review.ReviewException;
import org.dyad.base.i18n.Messages;
import org.dyad.base.ui.MainLayout;
import org.dyad.extract.ArticleParser;

import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.progressbar.ProgressBar;
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
    private final ReparseService reparse;
    private final Button reparseButton = new Button();
    private final ProgressBar reparseProgress = new ProgressBar();
    private final Paragraph reparseStatus = new Paragraph();

    public DataAdminView(DemoDataService demo, AuditLog audit, AuthenticationContext authentication, ReparseService reparse) {
        this.demo = demo;
        this.audit = audit;
        this.authentication = authentication;
        this.reparse = reparse;
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

        reparseButton.setText(getTranslation("reparse.button", ArticleParser.VERSION));
        reparseButton.setId("reparse");
        reparseButton.addClickListener(e -> startReparse());
        reparseProgress.setVisible(false);
        reparseStatus.setId("reparse-status");
        reparseStatus.addClassName("dyad-hint");
        Div reparseCard = new Div(new H3(getTranslation("reparse.heading")), new Paragraph(getTranslation("reparse.hint")),
                reparseButton, reparseProgress, reparseStatus);
        reparseCard.addClassName("dyad-card");
        reparseCard.setWidthFull();

        log.setId("audit-log");
        log.addColumn(e -> e.occurredAt().toLocalDateTime().withNano(0).toString().replace('T', ' '))
                .setHeader(getTranslation("audit.when")).setAutoWidth(true);
        log.addColumn(AuditLog.Entry::username).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        log.addColumn(e -> e.action() + " " + e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()))
                .setHeader(getTranslation("audit.what")).setAutoWidth(true);
        log.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("audit.before")).setFlexGrow(1)
                .setTooltipGenerator(e -> e.before() == null ? "" : e.before());
        log.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("audit.after")).setFlexGrow(1)
                .setTooltipGenerator(e -> e.after() == null ? "" : e.after());
        log.setAllRowsVisible(true);
        Div auditCard = new Div(new H3(getTranslation("audit.heading")), log);
        auditCard.addClassName("dyad-card");
        auditCard.setWidthFull();
        add(heading, synthetic, reparseCard, auditCard);
        refresh();
    }

    private void refresh() {
        int count = demo.countSynthetic();
        syntheticCount.setText(getTranslation("data.synthetic.count", count));
        remove.setEnabled(count > 0);
        log.setItems(audit.latest(50));
    }

    /** Re-parses in the background; the page polls for progress and says what was done. */
    private void startReparse() {
        UI ui = UI.getCurrent();
        java.util.Locale locale = getLocale(); // the background thread has no UI to ask
        String actor = authentication.getPrincipalName().orElse("?");
        int total = reparse.articleCount();
        reparseButton.setEnabled(false);
        reparseProgress.setVisible(true);
        reparseProgress.setValue(0);
        ui.setPollInterval(500);
        CompletableFuture.runAsync(() -> {
            String result;
            try {
                ReparseService.Summary s = reparse.reparseAll(actor, done -> ui.access(() -> {
                    reparseProgress.setValue(total == 0 ? 1 : (double) done / total);
                    reparseStatus.setText(Messages.get("reparse.progress", locale, done, total));
                }));
                result = Messages.get("reparse.done", locale, s.articles(), String.format(java.util.Locale.ROOT, "%.1f", s.seconds()),
                        s.factsBefore(), s.factsAfter(), s.reviewedKept());
            } catch (ReviewException e) {
                result = e.message(locale);
            }
            String message = result;
            ui.access(() -> {
                reparseStatus.setText(message);
                reparseProgress.setVisible(false);
                reparseButton.setEnabled(true);
                ui.setPollInterval(-1);
                refresh();
            });
        });
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
