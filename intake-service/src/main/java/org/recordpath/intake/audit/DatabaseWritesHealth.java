package org.recordpath.intake.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the database takes writes, not only reads: the standard {@code db} check runs a validation query, which
 * kept answering while every insert failed (#11 item 0). This one inserts an audit event, with the constraints every
 * real one meets, in a transaction of its own that is always rolled back, so nothing is kept.
 */
class DatabaseWritesHealth implements HealthIndicator {
    private static final Logger log = LoggerFactory.getLogger(DatabaseWritesHealth.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate probe;
    private final Clock clock;

    DatabaseWritesHealth(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.probe = new TransactionTemplate(transactions);
        this.probe.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.probe.setTimeout(5);
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            probe.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO audit_event (occurred_at, action, outcome) VALUES (?, 'HEALTH_PROBE', 'ALLOWED')")
                        .param(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                        .update();
                status.setRollbackOnly();
            });
            return Health.up().withDetail("writes", "accepted").build();
        } catch (RuntimeException e) {
            log.warn("The database refuses writes: {}", e.getClass().getSimpleName());
            return Health.down().withDetail("writes", "refused").build();
        }
    }
}
