package org.dyad.reference;

/** A reference-data change Dyad refuses, with the message key (and arguments) saying why. Nothing changed. */
public class ReferenceEditException extends RuntimeException {

    private final transient Object[] args;

    public ReferenceEditException(String messageKey, Object... args) {
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
