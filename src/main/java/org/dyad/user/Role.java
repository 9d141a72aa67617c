package org.dyad.user;

/** What a signed-in user may do: analysts read everything, admins also feed and correct. */
public enum Role {
    ANALYST,
    ADMIN
}
