package org.dyad.article.upload;

import org.dyad.base.i18n.LocalizedException;

/** Input Dyad refuses, with the message key (and arguments) that tells the user why. Nothing was stored. */
public class UploadException extends LocalizedException {

    public UploadException(String messageKey, Object... args) {
        super(messageKey, args);
    }

    public UploadException(Throwable cause, String messageKey, Object... args) {
        super(cause, messageKey, args);
    }
}
