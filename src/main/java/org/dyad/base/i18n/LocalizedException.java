package org.dyad.base.i18n;

/**
 * Input or a change that Dyad refuses, carrying the message key (and its arguments) that tells the
 * user why, so that each screen and API can say it in its own language. Nothing was changed.
 */
public class LocalizedException extends RuntimeException {

    private final transient Object[] args;

    public LocalizedException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public LocalizedException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    /** The reason in the given language. */
    public String message(java.util.Locale locale) {
        return Messages.get(messageKey(), locale, args);
    }
}
