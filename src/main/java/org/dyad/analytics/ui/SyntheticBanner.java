package org.dyad.analytics.ui;

import com.vaadin.flow.component.html.Div;

/** Says plainly that synthetic (demo) articles are behind what is shown; hidden otherwise. */
class SyntheticBanner extends Div {

    SyntheticBanner() {
        addClassName("dyad-synthetic-banner");
        setId("synthetic-banner");
        setText(getTranslation("synthetic.banner"));
        setVisible(false);
    }
}
