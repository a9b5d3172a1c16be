package org.recordpath.intake.audit;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    @Bean
    AuditLog auditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new AuditLog(jdbc, transactions, clock);
    }

    /** {@code /actuator/health/dbWrites}: DOWN when the database reads but refuses writes. */
    @Bean
    DatabaseWritesHealth dbWritesHealthIndicator(
            JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new DatabaseWritesHealth(jdbc, transactions, clock);
    }

    @Bean
    AuthenticationAudit authenticationAudit(AuditLog log) {
        return new AuthenticationAudit(log);
    }
}
