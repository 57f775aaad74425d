package org.tiptracker.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.tiptracker.account.SignInAccounts;

/**
 * Creates the first administrator from configuration ({@code tracker.admin.*}) and, with the
 * embedded database only, one demonstration account per role (listed in the README).
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    static final String DEMO_ADMIN_PASSWORD = "admin-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final SignInAccounts accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String adminUsername;
    private final String adminPassword;
    private final boolean demo;

    AccountBootstrap(SignInAccounts accounts, PasswordEncoder encoder, Clock clock,
                     @Value("${tracker.admin.username:admin}") String adminUsername,
                     @Value("${tracker.admin.password:}") String adminPassword,
                     @Value("${tracker.database.embedded:false}") boolean embedded,
                     @Value("${tracker.demo.enabled:true}") boolean demoEnabled) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.demo = embedded && demoEnabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String password = StringUtils.hasText(adminPassword) ? adminPassword : demo ? DEMO_ADMIN_PASSWORD : null;
        if (password == null) {
            if (!accounts.anyWithRole("ADMIN")) {
                log.warn("No administrator account: set TRACKER_ADMIN_PASSWORD to create '{}'", adminUsername);
            }
        } else {
            create(adminUsername, password, "ADMIN", null);
        }
        if (demo) {
            create("secretariat", "secretariat-demo-2026", "SECRETARIAT", null);
            create("analyst", "analyst-demo-2026", "ANALYST", null);
            create("focal.argentina", "focal-demo-2026", "FOCAL_POINT", "ARG");
        }
    }

    private void create(String username, String password, String role, String iso3) {
        if (accounts.find(username).isEmpty() && accounts.createIfAbsent(username, encoder.encode(password), role, iso3,
                clock.instant())) {
            log.info("Account '{}' ({}) created", username, role);
        }
    }
}
