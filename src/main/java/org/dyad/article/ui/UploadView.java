package org.dyad.article.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dyad.article.ArticleValidationException;
import org.dyad.article.IngestResult;
import org.dyad.article.upload.UploadException;
import org.dyad.article.upload.UploadService;
import org.dyad.base.format.Amounts;
import org.dyad.base.i18n.Messages;
import org.dyad.base.ui.DatePickers;
import org.dyad.base.ui.MainLayout;
import org.dyad.extract.ParsedArticle;
import org.dyad.extract.text.Span;
import org.dyad.reference.LocalizedName;
import org.dyad.reference.SectorService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admin: upload articles (drop files or paste text), see what the parser finds in each — the text
 * with the evidence marked, the facts listed — and only then store them, one by one or all at
 * once with a progress bar. Bad files are refused with the reason and store nothing.
 */
@Route(value = "admin/upload", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UploadView extends VerticalLayout implements HasDynamicTitle {

    private final UploadService uploads;
    private final Map<String, LocalizedName> sectorNames;
    private final String actor;
    private final Locale locale;
    private final TextField sourceName = new TextField();
    private final TextField sourceUrl = new TextField();
    private final DatePicker published = new DatePicker();
    private final Select<String> lang = new Select<>();
    private final TextArea pasted = new TextArea();
    private final Div previews = new Div();
    private final Button saveAll = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph batchStatus = new Paragraph();
    private final List<PreviewCard> cards = new ArrayList<>();

    public UploadView(UploadService uploads, SectorService sectors, AuthenticationContext authentication) {
        this.uploads = uploads;
        this.sectorNames = sectors.names();
        this.actor = authentication.getPrincipalName().orElse("?");
        this.locale = getLocale();
        setWidthFull();
        H2 heading = new H2(getTranslation("upload.heading"));
        heading.getStyle().set("margin", "0");

        sourceName.setLabel(getTranslation("upload.sourceName"));
        sourceName.setId("upload-source-name");
        sourceName.setMaxLength(300);
        sourceUrl.setLabel(getTranslation("upload.sourceUrl"));
        sourceUrl.setId("upload-source-url");
        sourceUrl.setWidth("22rem");
        published.setLabel(getTranslation("upload.published"));
        published.setId("upload-published");
        DatePickers.localize(published, getLocale());
        lang.setLabel(getTranslation("articles.language"));
        lang.setId("upload-lang");
        lang.setItems("", "ar", "ru", "en");
        lang.setItemLabelGenerator(l -> l.isEmpty() ? getTranslation("upload.langAuto") : getTranslation("lang." + l));
        lang.setValue("");
        FlexLayout metadata = new FlexLayout(sourceName, sourceUrl, published, lang);
        metadata.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        metadata.getStyle().set("gap", "var(--lumo-space-m)");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            received(meta.fileName(), bytes, ui);
        }));
        upload.setId("upload");
        upload.setMaxFiles(uploads.limits().maxFiles());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.limits().maxFileBytes()));
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".pdf", ".docx", "text/plain", "text/html", "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setI18n(uploadI18n());
        upload.setWidthFull();
        upload.addFileRejectedListener(e -> Notification.show(e.getFileName() + ": " + e.getErrorMessage(), 6000,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
        Paragraph limits = new Paragraph(getTranslation("upload.limits", megabytes(uploads.limits().maxFileBytes()),
                uploads.limits().maxFiles()));
        limits.addClassName("dyad-hint");

        pasted.setLabel(getTranslation("upload.paste"));
        pasted.setId("upload-paste");
        pasted.setWidthFull();
        pasted.setMinHeight("8rem");
        Button previewPasted = new Button(getTranslation("upload.previewPasted"), e -> {
            PreviewCard card = preview(getTranslation("upload.pastedName"), () -> uploads.previewPasted(pasted.getValue(), metadata()));
            if (card.preview != null) {
                pasted.clear();
            }
        });
        previewPasted.setId("upload-preview-pasted");

        Div input = new Div(new H3(getTranslation("upload.files")), upload, limits, pasted, previewPasted);
        input.addClassName("dyad-card");
        input.setWidthFull();

        saveAll.setId("upload-save-all");
        saveAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAll.addClickListener(e -> saveAll());
        progress.setVisible(false);
        progress.setWidth("16rem");
        batchStatus.setId("upload-batch-status");
        batchStatus.addClassName("dyad-hint");
        HorizontalLayout batch = new HorizontalLayout(saveAll, progress, batchStatus);
        batch.setAlignItems(FlexComponent.Alignment.CENTER);
        previews.setId("upload-previews");
        previews.setWidthFull();
        add(heading, new Paragraph(getTranslation("upload.intro")), metadata, input, batch, previews);
        refreshBatch();
    }

    private UploadService.Metadata metadata() {
        return new UploadService.Metadata(null, published.getValue(), sourceName.getValue(), sourceUrl.getValue(),
                lang.getValue() == null || lang.getValue().isEmpty() ? null : lang.getValue());
    }

    private void received(String fileName, byte[] bytes, UI ui) {
        UploadService.Metadata metadata = metadata();
        preview(fileName, () -> uploads.preview(fileName, bytes, metadata));
    }

    private interface PreviewSource {
        UploadService.Preview get();
    }

    /** Reads and parses, nothing stored; a refused file becomes a card with the reason. */
    private PreviewCard preview(String name, PreviewSource source) {
        UploadService.Metadata metadata = metadata();
        PreviewCard card;
        try {
            card = new PreviewCard(source.get(), metadata);
        } catch (UploadException e) {
            card = new PreviewCard(name, e.message(getLocale()));
        } catch (ArticleValidationException e) {
            card = new PreviewCard(name, e.getMessage());
        }
        cards.add(card);
        previews.addComponentAsFirst(card);
        card.scrollIntoView();
        refreshBatch();
        return card;
    }

    private void refreshBatch() {
        long waiting = cards.stream().filter(PreviewCard::waiting).count();
        saveAll.setText(getTranslation("upload.saveAll", waiting));
        saveAll.setEnabled(waiting > 0);
    }

    /** Stores every waiting preview in the background, one transaction each, with a progress bar. */
    private void saveAll() {
        List<PreviewCard> waiting = cards.stream().filter(PreviewCard::waiting).toList();
        if (waiting.isEmpty()) {
            return;
        }
        UI ui = UI.getCurrent();
        saveAll.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        ui.setPollInterval(300);
        CompletableFuture.runAsync(() -> {
            int done = 0;
            for (PreviewCard card : waiting) {
                StoreOutcome outcome = store(card);
                done++;
                int d = done;
                ui.access(() -> {
                    card.show(outcome);
                    progress.setValue((double) d / waiting.size());
                    batchStatus.setText(Messages.get("upload.progress", locale, d, waiting.size()));
                });
            }
            ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                refreshBatch();
            });
        });
    }

    private record StoreOutcome(UploadService.Stored stored, String error) {}

    /** Stores one preview; runs on the request thread or the batch's background thread (so no getTranslation here). */
    private StoreOutcome store(PreviewCard card) {
        try {
            return new StoreOutcome(uploads.store(card.preview, card.metadata, actor), null);
        } catch (UploadException e) {
            return new StoreOutcome(null, e.message(locale));
        } catch (ArticleValidationException e) {
            return new StoreOutcome(null, e.getMessage());
        } catch (RuntimeException e) {
            return new StoreOutcome(null, Messages.get("upload.error.store", locale, e.getClass().getSimpleName()));
        }
    }

    /** One file: what the parser found, or why it was refused; then what storing it gave. */
    private final class PreviewCard extends Div {
        private final UploadService.Preview preview;
        private final UploadService.Metadata metadata;
        private final Div actions = new Div();
        private boolean settled;

        PreviewCard(String name, String error) {
            this.preview = null;
            this.metadata = null;
            this.settled = true;
            addClassNames("dyad-card", "dyad-upload-error");
            H3 title = new H3(name);
            Paragraph reason = new Paragraph(error);
            reason.addClassName("dyad-upload-reason");
            add(title, reason);
        }

        PreviewCard(UploadService.Preview preview, UploadService.Metadata metadata) {
            this.preview = preview;
            this.metadata = metadata;
            addClassName("dyad-card");
            addClassName("dyad-upload-preview");
            H3 title = new H3(preview.title() != null ? preview.title()
                    : preview.fileName() != null ? preview.fileName() : getTranslation("upload.pastedName"));
            title.getElement().setAttribute("dir", "auto");
            Paragraph meta = new Paragraph(String.join(" · ", List.of(
                    preview.fileName() == null ? getTranslation("upload.pastedName") : preview.fileName(),
                    preview.text().format().name() + (preview.text().encoding() == null ? "" : " " + preview.text().encoding()),
                    getTranslation("lang." + preview.lang()),
                    getTranslation("upload.factCount", preview.factCount()),
                    getTranslation("upload.chars", preview.text().body().length()))));
            meta.addClassName("dyad-hint");
            List<int[]> spans = new ArrayList<>();
            ParsedArticle p = preview.parsed();
            p.meetings().forEach(m -> m.evidence().forEach(s -> spans.add(span(s))));
            p.trade().forEach(t -> t.evidence().forEach(s -> spans.add(span(s))));
            p.sectors().forEach(m -> m.evidence().forEach(s -> spans.add(span(s))));
            p.organizations().forEach(m -> m.evidence().forEach(s -> spans.add(span(s))));
            HighlightedText text = new HighlightedText(preview.text().body(), preview.lang(), spans, List.of());
            text.addClassName("dyad-upload-text");
            Div facts = new Div();
            facts.addClassName("dyad-upload-facts");
            for (String line : factLines(p)) {
                Div row = new Div(line);
                row.getElement().setAttribute("dir", "auto");
                facts.add(row);
            }
            if (p.meetings().isEmpty() && p.trade().isEmpty() && p.sectors().isEmpty() && p.organizations().isEmpty()) {
                facts.add(new Div(getTranslation("upload.noFacts")));
            }
            FlexLayout columns = new FlexLayout(text, facts);
            columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            columns.getStyle().set("gap", "var(--lumo-space-l)");
            text.getStyle().set("flex", "3 1 28rem");
            facts.getStyle().set("flex", "1 1 14rem");
            Select<String> language = new Select<>();
            language.setItems("ar", "ru", "en");
            language.setItemLabelGenerator(l -> getTranslation("lang." + l));
            language.setValue(preview.lang());
            language.setAriaLabel(getTranslation("articles.language"));
            language.addClassName("dyad-upload-language");
            language.setWidth("9rem");
            language.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && !e.getValue().equals(preview.lang())) {
                    PreviewCard again = new PreviewCard(uploads.inLanguage(preview, e.getValue(), metadata), metadata);
                    cards.set(cards.indexOf(this), again);
                    previews.replace(this, again);
                    settled = true;
                    refreshBatch();
                }
            });
            Button save = new Button(getTranslation("upload.save"), e -> show(store(this)));
            save.addClassName("dyad-upload-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button discard = new Button(getTranslation("upload.discard"), e -> {
                settled = true;
                cards.remove(this);
                previews.remove(this);
                refreshBatch();
            });
            discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(language, save, discard);
            add(title, meta, columns, actions);
        }

        boolean waiting() {
            return preview != null && !settled;
        }

        void show(StoreOutcome outcome) {
            settled = true;
            actions.removeAll();
            if (outcome.error() != null) {
                Paragraph reason = new Paragraph(outcome.error());
                reason.addClassName("dyad-upload-reason");
                actions.add(reason);
            } else {
                UploadService.Stored s = outcome.stored();
                Paragraph status = new Paragraph(getTranslation(s.status() == IngestResult.Status.CREATED
                        ? "upload.created" : "upload.duplicate", s.articleId()));
                status.addClassName("dyad-upload-status");
                actions.add(status, new Anchor("articles/" + s.articleId(), getTranslation("evidence.open")));
            }
            refreshBatch();
        }
    }

    private List<String> factLines(ParsedArticle p) {
        List<String> lines = new ArrayList<>();
        p.meetings().forEach(m -> lines.add(getTranslation("chart." + m.kind()) + ", "
                + (m.date() != null ? m.date().toString() : m.dateEstimate() != null ? "≈ " + m.dateEstimate()
                : m.relative() != null ? m.relative() : "?") + (m.recalled() ? " (" + getTranslation("upload.recalled") + ")" : "") + ": "
                + String.join(", ", m.participants().stream().map(x -> x.nameEn() + (x.country() == null ? "" : " (" + x.country() + ")")).toList())));
        p.trade().forEach(t -> lines.add(getTranslation("chart." + t.kind()) + " " + Amounts.abbreviated(t.value(), getLocale()) + " "
                + t.currency() + (t.year() == null ? "" : ", " + t.year())
                + (t.countries().isEmpty() ? "" : ", " + String.join("–", t.countries()))));
        p.sectors().forEach(s -> lines.add(getTranslation("reader.sector",
                sectorNames.containsKey(s.code()) ? sectorNames.get(s.code()).in(getLocale()) : s.code())));
        p.organizations().forEach(o -> lines.add(getTranslation("reader.organization", o.code())));
        return lines;
    }

    private static int[] span(Span s) {
        return new int[]{s.start(), s.end()};
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.addFile")).setMany(getTranslation("upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.dropFile")).setMany(getTranslation("upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.reject.tooMany", uploads.limits().maxFiles()))
                .setFileIsTooBig(getTranslation("upload.reject.tooBig", megabytes(uploads.limits().maxFileBytes())))
                .setIncorrectFileType(getTranslation("upload.reject.type")));
        return i18n;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upload.title");
    }
}
