package org.dyad.user;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.dyad.base.audit.AuditLog;
import org.dyad.user.query.UserQuery;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Users in the database: signing in (bcrypt hashes), and the admins' changes — each one written to
 * the audit log with the user before and after (never the password or its hash).
 */
@Service
@Transactional
public class UserService implements UserDetailsService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UserQuery users;
    private final AuditLog audit;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    public UserService(UserQuery users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    public PasswordEncoder passwordEncoder() {
        return encoder;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserQuery.Credentials c = users.credentials(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(c.username()).password(c.passwordHash()).disabled(!c.enabled())
                .authorities(c.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.all();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }

    public UserAccount create(String actor, String username, String password, String displayName, Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserChangeException("users.error.username");
        }
        if (users.exists(name)) {
            throw new UserChangeException("users.error.taken", name);
        }
        checkPassword(password);
        if (roles.isEmpty()) {
            throw new UserChangeException("users.error.noRole");
        }
        long id = users.insert(name, encoder.encode(password), blankToNull(displayName));
        users.setRoles(id, roles);
        UserAccount created = users.byId(id).orElseThrow();
        audit.record(actor, "create", "user", id, null, json(created));
        return created;
    }

    public void resetPassword(String actor, long userId, String password) {
        checkPassword(password);
        UserAccount user = users.byId(userId).orElseThrow(() -> new UserChangeException("users.error.missing"));
        users.setPasswordHash(userId, encoder.encode(password));
        audit.record(actor, "reset_password", "user", userId, json(user), json(user));
    }

    public UserAccount update(String actor, long userId, boolean enabled, Set<Role> roles) {
        UserAccount before = users.byId(userId).orElseThrow(() -> new UserChangeException("users.error.missing"));
        if (roles.isEmpty()) {
            throw new UserChangeException("users.error.noRole");
        }
        if (before.username().equals(actor) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new UserChangeException("users.error.self");
        }
        users.setEnabled(userId, enabled);
        users.setRoles(userId, roles);
        if (users.countEnabledAdmins() == 0) {
            throw new UserChangeException("users.error.lastAdmin"); // rolls the change back
        }
        UserAccount after = users.byId(userId).orElseThrow();
        audit.record(actor, "update", "user", userId, json(before), json(after));
        return after;
    }

    /**
     * The first start's users: {@code admin} with the given password, or a random one that is
     * returned so the caller can print it once; {@code analyst} when a password is given for it.
     * Users that exist already are left alone. Returns the generated admin password, or null.
     */
    public String createInitialUsers(String adminPassword, String analystPassword) {
        String generated = null;
        if (!users.exists("admin")) {
            String password = adminPassword;
            if (password == null || password.isBlank()) {
                password = generated = randomPassword();
            }
            create("system", "admin", password, "Administrator", EnumSet.of(Role.ADMIN, Role.ANALYST));
        }
        if (analystPassword != null && !analystPassword.isBlank() && !users.exists("analyst")) {
            create("system", "analyst", analystPassword, "Analyst", EnumSet.of(Role.ANALYST));
        }
        return generated;
    }

    static String randomPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserChangeException("users.error.password", MIN_PASSWORD_LENGTH);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String json(UserAccount u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.username());
        m.put("displayName", u.displayName());
        m.put("enabled", u.enabled());
        m.put("roles", u.roles().stream().map(Enum::name).sorted().toList());
        return JSON.writeValueAsString(m);
    }
}
