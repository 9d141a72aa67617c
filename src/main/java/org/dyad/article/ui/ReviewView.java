package org.dyad.article.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dyad.article.review.ReviewException;
import org.dyad.article.review.ReviewItem;
import org.dyad.article.review.ReviewService;
import org.dyad.base.format.Amounts;
import org.dyad.base.ui.DatePickers;
import org.dyad.base.ui.MainLayout;
import org.dyad.reference.LocalizedName;
import org.dyad.reference.SectorService;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: the facts no one has reviewed, newest articles first, each with the sentence it was read
 * from; confirm it, correct what was read, or reject it. Every decision goes to the audit log and
 * survives a re-parse.
 */
@Route(value = "admin/review", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ReviewView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 20;

    private final ReviewService review;
    private final Map<String, LocalizedName> sectorNames;
    private final String actor;
    private final Select<String> type = new Select<>();
    private final Paragraph counts = new Paragraph();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    public ReviewView(ReviewService review, SectorService sectors, AuthenticationContext authentication) {
        this.review = review;
        this.sectorNames = sectors.names();
        this.actor = authentication.getPrincipalName().orElse("?");
        setWidthFull();
        H2 heading = new H2(getTranslation("review.heading"));
        heading.getStyle().set("margin", "0");
        counts.setId("review-counts");
        counts.addClassName("dyad-hint");
        type.setLabel(getTranslation("review.type"));
        type.setId("review-type");
        type.setItems("", "meeting", "trade", "sector", "organization");
        type.setItemLabelGenerator(t -> t.isEmpty() ? getTranslation("lang.all") : getTranslation("factType." + t));
        type.setValue("");
        type.addValueChangeListener(e -> reload());
        list.setId("review-list");
        list.setWidthFull();
        more.setText(getTranslation("review.more"));
        more.setId("review-more");
        more.addClickListener(e -> loadMore());
        add(heading, new Paragraph(getTranslation("review.intro")), type, counts, list, more);
        reload();
    }

    private String filter() {
        return type.getValue() == null || type.getValue().isEmpty() ? null : type.getValue();
    }

    private void reload() {
        list.removeAll();
        shown = 0;
        loadMore();
    }

    private void loadMore() {
        List<ReviewItem> items = review.queue(filter(), shown, PAGE);
        items.forEach(i -> list.add(new ItemCard(i)));
        shown += items.size();
        refreshCounts();
    }

    private void refreshCounts() {
        Map<String, Integer> states = review.stateCounts();
        int waiting = review.queueSize(filter());
        counts.setText(getTranslation("review.counts", waiting, states.get("confirmed"), states.get("corrected"),
                states.get("rejected")));
        more.setVisible(shown < waiting);
    }

    String summary(ReviewItem i) {
        return switch (i.type()) {
            case "meeting" -> getTranslation("chart." + i.kind()) + ", "
                    + (i.date() != null ? i.date().toString() : i.relative() != null ? i.relative() : "?")
                    + (i.participants().isEmpty() ? "" : ": " + String.join(", ", i.participants()));
            case "trade" -> getTranslation("chart." + i.kind()) + " " + Amounts.abbreviated(i.amount(), getLocale()) + " "
                    + i.currency() + (i.year() != null ? ", " + i.year() : i.relative() != null ? ", " + i.relative() : "")
                    + (i.countries().isEmpty() ? "" : ", " + String.join("–", i.countries()));
            case "sector" -> getTranslation("reader.sector",
                    sectorNames.containsKey(i.code()) ? sectorNames.get(i.code()).in(getLocale()) : i.code());
            default -> getTranslation("reader.organization", i.code());
        };
    }

    /** One fact to decide on. */
    private final class ItemCard extends Div {
        private final TextField note = new TextField();

        ItemCard(ReviewItem item) {
            addClassNames("dyad-card", "dyad-review-item");
            getElement().setAttribute("data-fact", Long.toString(item.factId()));
            Div what = new Div(new Span(getTranslation("factType." + item.type())), new Span(" · "), new Span(summary(item)));
            what.addClassName("dyad-review-summary");
            what.getElement().setAttribute("dir", "auto");
            Span from = new Span((item.title() == null ? getTranslation("articles.untitled", item.articleId()) : item.title())
                    + " · " + (item.source() == null ? getTranslation("common.unknownSource") : item.source()) + " · "
                    + (item.published() == null ? getTranslation("common.dateUnknown") : item.published().toString()));
            from.getElement().setAttribute("dir", "auto");
            Anchor open = new Anchor("articles/" + item.articleId() + "?fact=" + item.factId(), getTranslation("evidence.open"));
            Div meta = new Div(from, new Span(" · "), open);
            meta.addClassName("dyad-hint");
            Div sentences = new Div();
            for (String s : item.sentences()) {
                Paragraph p = new Paragraph(s);
                p.addClassName("dyad-evidence-sentence");
                p.getElement().setAttribute("dir", "ar".equals(item.lang()) ? "rtl" : "ltr");
                p.getElement().setAttribute("lang", item.lang());
                sentences.add(p);
            }
            note.setPlaceholder(getTranslation("review.note"));
            note.setWidth("18rem");
            Button confirm = new Button(getTranslation("review.confirm"), e -> decided(() -> review.confirm(actor, item.factId(), note.getValue())));
            confirm.addClassName("dyad-review-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Button correct = new Button(getTranslation("review.correct"), e -> openCorrection(item, this));
            correct.addClassName("dyad-review-correct");
            Button reject = new Button(getTranslation("review.reject"), e -> decided(() -> review.reject(actor, item.factId(), note.getValue())));
            reject.addClassName("dyad-review-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(confirm, correct, reject, note);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            actions.getStyle().set("flex-wrap", "wrap");
            add(what, meta, sentences, actions);
        }

        private void decided(Runnable decision) {
            try {
                decision.run();
                list.remove(this);
                shown--;
                refreshCounts();
                Notification.show(getTranslation("review.saved"), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ReviewException e) {
                Notification.show(e.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        String noteValue() {
            return note.getValue();
        }
    }

    private void openCorrection(ReviewItem item, ItemCard card) {
        Dialog dialog = new Dialog(getTranslation("review.correctTitle", getTranslation("factType." + item.type())));
        dialog.setId("review-correct-dialog");
        FormLayout form = new FormLayout();
        Runnable save;
        switch (item.type()) {
            case "meeting" -> {
                Select<String> kind = new Select<>();
                kind.setLabel(getTranslation("review.kind"));
                kind.setItems(ReviewService.MEETING_KINDS.stream().sorted().toList());
                kind.setItemLabelGenerator(k -> getTranslation("chart." + k));
                kind.setValue(item.kind());
                DatePicker date = new DatePicker(getTranslation("review.date"));
                DatePickers.localize(date, getLocale());
                date.setValue(item.date());
                form.add(kind, date);
                save = () -> card.decided(() -> review.correctMeeting(actor, item.factId(), kind.getValue(), date.getValue(), card.noteValue()));
            }
            case "trade" -> {
                Select<String> kind = new Select<>();
                kind.setLabel(getTranslation("review.kind"));
                kind.setItems(ReviewService.TRADE_KINDS.stream().sorted().toList());
                kind.setItemLabelGenerator(k -> getTranslation("chart." + k));
                kind.setValue(item.kind());
                BigDecimalField amount = new BigDecimalField(getTranslation("review.amount"));
                amount.setId("review-amount");
                amount.setValue(item.amount());
                TextField currency = new TextField(getTranslation("review.currency"));
                currency.setValue(item.currency() == null ? "" : item.currency());
                currency.setMaxLength(3);
                IntegerField year = new IntegerField(getTranslation("review.year"));
                year.setValue(item.year());
                form.add(kind, amount, currency, year);
                save = () -> card.decided(() -> review.correctTrade(actor, item.factId(), kind.getValue(), amount.getValue(),
                        currency.getValue().strip().toUpperCase(java.util.Locale.ROOT), year.getValue(), card.noteValue()));
            }
            case "sector" -> {
                ComboBox<String> code = new ComboBox<>(getTranslation("factType.sector"));
                code.setItems(sectorNames.keySet().stream().sorted().toList());
                code.setItemLabelGenerator(c -> sectorNames.get(c).in(getLocale()));
                code.setValue(item.code());
                form.add(code);
                save = () -> card.decided(() -> review.correctMention(actor, item.factId(), code.getValue(), card.noteValue()));
            }
            default -> {
                TextField code = new TextField(getTranslation("factType.organization"));
                code.setValue(item.code() == null ? "" : item.code());
                form.add(code);
                save = () -> card.decided(() -> review.correctMention(actor, item.factId(), code.getValue().strip(), card.noteValue()));
            }
        }
        dialog.add(new Paragraph(item.sentences().stream().collect(Collectors.joining(" "))), form);
        Runnable saveAction = save;
        Button ok = new Button(getTranslation("users.save"), e -> {
            saveAction.run();
            if (card.getParent().isEmpty()) {
                dialog.close();
            }
        });
        ok.setId("review-correct-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
