package org.dyad.user;

/** A change to users that Dyad refuses, with the message key (and its arguments) that explains why. */
public class UserChangeException extends RuntimeException {

    private final transient Object[] args;

    public UserChangeException(String messageKey, Object... args) {
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
