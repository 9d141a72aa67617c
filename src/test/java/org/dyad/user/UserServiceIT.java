package org.dyad.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.Tables.APP_USER;
import static org.dyad.db.Tables.AUDIT_LOG;

import java.util.EnumSet;

import org.dyad.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

@IntegrationTest
class UserServiceIT {

    @Autowired
    UserService users;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    DSLContext dsl;

    @Test
    void the_first_start_created_an_admin_with_a_bcrypt_hash_and_no_password_in_the_audit_log() {
        String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle().value1();
        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(dsl.select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG).fetch(AUDIT_LOG.AFTER_JSON))
                .allSatisfy(json -> assertThat(json == null ? "" : json).doesNotContain("$2a$", "password"));
    }

    @Test
    void a_created_user_signs_in_with_their_password_only_while_enabled() {
        UserAccount u = users.create("admin", "Reader.One", "a long enough secret", "Reader One", EnumSet.of(Role.ANALYST));
        assertThat(u.username()).isEqualTo("reader.one");
        var signedIn = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("reader.one", "a long enough secret"));
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_ANALYST");
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("reader.one", "wrong secret!!")))
                .isInstanceOf(BadCredentialsException.class);

        users.update("admin", u.id(), false, EnumSet.of(Role.ANALYST));
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("reader.one", "a long enough secret")))
                .isInstanceOf(DisabledException.class);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("user"), AUDIT_LOG.ENTITY_ID.eq(u.id()))).isEqualTo(2);
        String after = dsl.select(AUDIT_LOG.AFTER_JSON).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_ID.eq(u.id()), AUDIT_LOG.ACTION.eq("update")).fetchSingle().value1();
        assertThat(after).contains("\"enabled\":false").doesNotContain("secret");
    }

    @Test
    void bad_changes_are_refused_with_a_reason_and_change_nothing() {
        assertThatThrownBy(() -> users.create("admin", "x", "a long enough secret", null, EnumSet.of(Role.ANALYST)))
                .hasMessage("users.error.username");
        assertThatThrownBy(() -> users.create("admin", "shorty", "short", null, EnumSet.of(Role.ANALYST)))
                .hasMessage("users.error.password");
        assertThatThrownBy(() -> users.create("admin", "admin", "a long enough secret", null, EnumSet.of(Role.ANALYST)))
                .hasMessage("users.error.taken");
        assertThatThrownBy(() -> users.create("admin", "noroles", "a long enough secret", null, EnumSet.noneOf(Role.class)))
                .hasMessage("users.error.noRole");
        assertThat(users.exists("shorty")).isFalse();
        assertThat(users.exists("noroles")).isFalse();

        long adminId = users.all().stream().filter(u -> u.username().equals("admin")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> users.update("admin", adminId, false, EnumSet.of(Role.ADMIN)))
                .hasMessage("users.error.self");
        // another admin may not remove the last enabled admin either: the change is rolled back
        assertThatThrownBy(() -> users.update("someone-else", adminId, true, EnumSet.of(Role.ANALYST)))
                .hasMessage("users.error.lastAdmin");
        assertThat(users.all().stream().filter(u -> u.id() == adminId).findFirst().orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void initial_users_are_created_once_and_a_missing_admin_password_gives_a_random_one() {
        assertThat(users.createInitialUsers("whatever-password", "another-password")).isNull(); // admin exists already
        assertThat(users.exists("analyst")).isTrue();
        String random = UserService.randomPassword();
        assertThat(random).hasSize(20).matches("[A-Za-z0-9]+").isNotEqualTo(UserService.randomPassword());
    }
}
