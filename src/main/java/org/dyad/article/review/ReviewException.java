package org.dyad.article.review;

/** A review decision Dyad refuses, with the message key (and arguments) saying why. Nothing changed. */
public class ReviewException extends RuntimeException {

    private final transient Object[] args;

    public ReviewException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }
}
