package org.dyad.analytics.ui;

import com.vaadin.flow.component.html.Div;

/** Says plainly that synthetic (demo) articles are behind what is shown; hidden otherwise. */
class SyntheticBanner extends Div {

    SyntheticBanner() {
        addClassName("dyad-synthetic-banner");
        setId("synthetic-banner");
        setText("Synthetic data in view: some of the articles behind these figures were generated for demonstration "
                + "and are not real.");
        setVisible(false);
    }
}
