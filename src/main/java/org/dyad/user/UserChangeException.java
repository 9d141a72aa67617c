package org.dyad.user;

import org.dyad.base.i18n.LocalizedException;

/** A change to users that Dyad refuses, with the message key (and its arguments) that explains why. */
public class UserChangeException extends LocalizedException {

    public UserChangeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
