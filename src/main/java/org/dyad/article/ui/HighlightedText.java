package org.dyad.article.ui;

import java.util.List;
import java.util.TreeMap;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * An article's text as plain text nodes — never HTML from the article — with the sentences that
 * support facts marked, and those of one fact in focus. Right to left for Arabic.
 */
class HighlightedText extends Div {

    HighlightedText(String text, String lang, List<int[]> spans, List<int[]> focused) {
        addClassName("dyad-article-body");
        getElement().setAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
        if (lang != null) {
            getElement().setAttribute("lang", lang);
        }
        TreeMap<Integer, Integer> marks = new TreeMap<>();
        for (int[] s : spans) {
            marks.merge(s[0], s[1], Math::max);
        }
        int at = 0;
        for (var m : marks.entrySet()) {
            int start = Math.max(m.getKey(), at);
            int end = Math.min(m.getValue(), text.length());
            if (start >= end) {
                continue;
            }
            if (start > at) {
                add(new Text(text.substring(at, start)));
            }
            Span mark = new Span(text.substring(start, end));
            mark.addClassName("dyad-mark");
            int s = start;
            if (focused.stream().anyMatch(f -> f[0] <= s && f[1] > s)) {
                mark.addClassName("dyad-mark-focus");
                mark.setId("focus");
            }
            add(mark);
            at = end;
        }
        if (at < text.length()) {
            add(new Text(text.substring(at)));
        }
    }
}
