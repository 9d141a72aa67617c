package org.dyad.user.query;

import static org.dyad.db.Tables.APP_USER;
import static org.dyad.db.Tables.APP_USER_ROLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dyad.user.Role;
import org.dyad.user.UserAccount;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class UserQuery {

    /** A user with the hash, for signing in only. */
    public record Credentials(long id, String username, String passwordHash, boolean enabled, Set<Role> roles) {}

    private final DSLContext dsl;

    public UserQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Credentials> credentials(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional()
                .map(u -> new Credentials(u.getId(), u.getUsername(), u.getPasswordHash(), u.getEnabled(), roles(u.getId())));
    }

    public List<UserAccount> all() {
        Map<Long, Set<Role>> roles = dsl.selectFrom(APP_USER_ROLE).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getUserId(),
                        Collectors.mapping(r -> Role.valueOf(r.getUserRole()), Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(u -> new UserAccount(u.getId(), u.getUsername(),
                u.getDisplayName(), u.getEnabled(), roles.getOrDefault(u.getId(), EnumSet.noneOf(Role.class)), u.getCreatedAt()));
    }

    public Optional<UserAccount> byId(long id) {
        return all().stream().filter(u -> u.id() == id).findFirst();
    }

    public Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        dsl.select(APP_USER_ROLE.USER_ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId))
                .forEach(r -> roles.add(Role.valueOf(r.value1())));
        return roles;
    }

    public long insert(String username, String passwordHash, String displayName) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .returning(APP_USER.ID).fetchOne().getId();
    }

    public void setRoles(long userId, Set<Role> roles) {
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(userId)).execute();
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, userId).set(APP_USER_ROLE.USER_ROLE, role.name()).execute();
        }
    }

    public void setPasswordHash(long userId, String hash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).where(APP_USER.ID.eq(userId)).execute();
    }

    public void setEnabled(long userId, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).where(APP_USER.ID.eq(userId)).execute();
    }

    public int countEnabledAdmins() {
        return dsl.fetchCount(dsl.select(APP_USER.ID).from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue(), APP_USER_ROLE.USER_ROLE.eq(Role.ADMIN.name())));
    }

    public boolean exists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public int count() {
        return dsl.fetchCount(APP_USER);
    }
}
