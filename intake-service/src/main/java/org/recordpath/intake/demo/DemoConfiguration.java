package org.recordpath.intake.demo;

import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.patients.Patients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

@Configuration(proxyBeanMethods = false)
class DemoConfiguration {
    @Bean
    @Profile("!prod")
    @ConditionalOnProperty(name = "recordpath.demo.enabled", havingValue = "true")
    DemoAccounts demoAccounts(Accounts accounts, Patients patients) {
        return new DemoAccounts(accounts, patients);
    }

    @Bean
    @Profile("prod")
    ProductionGuard productionGuard(Accounts accounts, DemoSettings settings) {
        return new ProductionGuard(accounts, settings);
    }
}
