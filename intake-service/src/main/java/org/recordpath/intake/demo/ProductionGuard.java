package org.recordpath.intake.demo;

import java.util.List;
import org.recordpath.intake.accounts.Accounts;
import org.springframework.beans.factory.InitializingBean;

/**
 * In the prod profile, refuses to start while demo seeding is enabled or demo accounts exist (created by seeding,
 * or a demo name with the demo password).
 */
class ProductionGuard implements InitializingBean {
    private final Accounts accounts;
    private final DemoSettings settings;

    ProductionGuard(Accounts accounts, DemoSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        if (settings.enabled()) {
            throw new UnsafeProductionException(
                    "recordpath.demo.enabled=true is not allowed with the prod profile",
                    "Remove recordpath.demo.enabled (or RECORDPATH_DEMO_ENABLED) from the production settings.");
        }
        List<String> unsafe = accounts.unsafeDemoAccounts(DemoAccounts.NAMES, DemoAccounts.PASSWORD);
        if (!unsafe.isEmpty()) {
            throw new UnsafeProductionException(
                    "the database holds demo accounts " + unsafe + " and the prod profile refuses to start with them",
                    "Delete these accounts (or give them real passwords and clear their demo flag), then start again.");
        }
    }
}
