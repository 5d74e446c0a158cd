package dev.masthead.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * Creates the first admin from MASTHEAD_ADMIN_EMAIL / MASTHEAD_ADMIN_PASSWORD
 * while no account exists. Dev mode has defaults and prints them.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, AccountService accounts, AdminConfig config) {
        if (config.email().isEmpty() || config.password().isEmpty()) {
            if (!accounts.anyAccountExists()) {
                LOG.warn("No account exists: set MASTHEAD_ADMIN_EMAIL and MASTHEAD_ADMIN_PASSWORD to create the first admin");
            }
            return;
        }
        String email = config.email().get();
        String password = config.password().get();
        if (!accounts.anyAccountExists()) {
            if (password.length() < AccountService.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException(
                        "MASTHEAD_ADMIN_PASSWORD must be at least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
            }
            accounts.create(email, password, Role.ADMIN, config.name());
            LOG.infof("First admin account created for %s", email);
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.infof("%n%n  Demo admin: POST /api/v1/admin/auth/token with%n"
                    + "    {\"email\": \"%s\", \"password\": \"%s\"}%n", email, password);
        }
    }
}
