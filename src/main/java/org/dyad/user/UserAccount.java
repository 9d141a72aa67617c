package org.dyad.user;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user as the admin screens show it; the password hash never leaves the user service. */
public record UserAccount(long id, String username, String displayName, boolean enabled, Set<Role> roles,
                          OffsetDateTime createdAt) {
}
