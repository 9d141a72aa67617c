package org.dyad.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * First start of the web app: creates {@code admin} (password from {@code DYAD_ADMIN_PASSWORD}, or a
 * random one printed once to the log) and, when {@code DYAD_ANALYST_PASSWORD} is set, {@code analyst}.
 * No password is built in.
 */
@Component
@ConditionalOnWebApplication
public class InitialUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialUsers.class);

    private final UserService users;
    private final String adminPassword;
    private final String analystPassword;

    public InitialUsers(UserService users, @Value("${dyad.admin-password:}") String adminPassword,
                        @Value("${dyad.analyst-password:}") String analystPassword) {
        this.users = users;
        this.adminPassword = adminPassword;
        this.analystPassword = analystPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        String generated;
        try {
            generated = users.createInitialUsers(adminPassword, analystPassword);
        } catch (DuplicateKeyException e) {
            return; // another instance created them at the same moment
        }
        if (generated != null) {
            LOG.warn("""

                    ============================================================
                    Created the user 'admin' with the password: {}
                    It is shown only this once. Sign in at /login and change it
                    under Users, or set DYAD_ADMIN_PASSWORD before the first start.
                    ============================================================""", generated);
        }
    }
}
