package org.dyad.analytics.ui;

import java.util.List;
import java.util.Locale;

import org.dyad.analytics.Evidence;
import org.dyad.base.i18n.Messages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The sentences behind a point of a chart: source, date, language, the sentence, a link to the article. */
class EvidenceDialog extends Dialog {

    EvidenceDialog(String heading, List<Evidence> evidence) {
        setHeaderTitle(heading);
        setWidth("min(52rem, 95vw)");
        setMaxHeight("85vh");
        addClassName("dyad-evidence-dialog");
        Div list = new Div();
        list.addClassName("dyad-evidence-list");
        if (evidence.isEmpty()) {
            list.add(new Paragraph(getTranslation("evidence.none")));
        }
        for (Evidence e : evidence) {
            Div card = new Div();
            card.addClassName("dyad-evidence");
            Span meta = new Span((e.source() == null ? getTranslation("common.unknownSource") : e.source())
                    + " · " + (e.published() == null ? getTranslation("common.dateUnknown") : e.published().toString())
                    + " · " + languageName(e.lang(), getLocale()) + " · " + getTranslation("factType." + e.factType()));
            meta.addClassName("dyad-evidence-meta");
            card.add(meta);
            if (e.synthetic()) {
                Span synthetic = new Span(getTranslation("common.synthetic"));
                synthetic.getElement().getThemeList().add("badge contrast");
                synthetic.addClassName("dyad-synthetic");
                card.add(synthetic);
            }
            if (e.title() != null) {
                Div title = new Div(e.title());
                title.addClassName("dyad-evidence-title");
                title.getElement().setAttribute("dir", "auto");
                card.add(title);
            }
            Paragraph sentence = new Paragraph(e.sentence());
            sentence.addClassName("dyad-evidence-sentence");
            sentence.getElement().setAttribute("dir", e.lang().equals("ar") ? "rtl" : "ltr");
            sentence.getElement().setAttribute("lang", e.lang());
            card.add(sentence);
            Anchor open = new Anchor("articles/" + e.articleId() + "?fact=" + e.factId(), getTranslation("evidence.open"));
            card.add(open);
            list.add(card);
        }
        add(list);
        Button close = new Button(getTranslation("common.close"), ev -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    /** The name of an article's language in the UI language. */
    static String languageName(String lang, Locale locale) {
        return Messages.has("lang." + lang) ? Messages.get("lang." + lang, locale) : lang;
    }
}
