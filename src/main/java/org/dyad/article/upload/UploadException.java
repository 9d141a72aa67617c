package org.dyad.article.upload;

/** Input Dyad refuses, with the message key (and arguments) that tells the user why. Nothing was stored. */
public class UploadException extends RuntimeException {

    private final transient Object[] args;

    public UploadException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public UploadException(Throwable cause, String messageKey, Object... args) {
        super(messageKey, cause);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
