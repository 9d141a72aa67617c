package org.dyad.reference;

import org.dyad.base.i18n.LocalizedException;

/** A reference-data change Dyad refuses, with the message key (and arguments) saying why. Nothing changed. */
public class ReferenceEditException extends LocalizedException {

    public ReferenceEditException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
