package org.dyad.article.review;

import org.dyad.base.i18n.LocalizedException;

/** A review decision Dyad refuses, with the message key (and arguments) saying why. Nothing changed. */
public class ReviewException extends LocalizedException {

    public ReviewException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
