package org.recordpath.intake.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.recordpath.intake.accounts.Accounts;
import org.recordpath.intake.accounts.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded default (an H2 file database, as {@code bin/run} uses) keeps writing audit events after its pool has
 * retired every connection. // #11 item 0
 *
 * <p>Before the fix this failed on H2 2.4.240: a {@code CHECK (... IN (...))} constraint kept the session of the
 * connection that created it (Flyway's), so once HikariCP retired that connection — after its max-lifetime, 30
 * minutes by default — every insert into {@code audit_event} failed with "Check constraint invalid … The database has
 * been closed" (h2database issues 4302/4308). Evicting the pool's connections reproduces it at once.
 */
@SpringBootTest(properties = {"recordpath.security.bcrypt-strength=4", "recordpath.jobs.workers=1"})
class ConnectionRetirementTest {
    @Autowired
    AuditLog audit;

    @Autowired
    Accounts accounts;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseWritesHealth writesHealth;

    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "retirement-");
        registry.add("recordpath.data-dir", () -> dir.toAbsolutePath().toString());
    }

    @AfterEach
    void dropTheFailingConstraint() {
        jdbc.sql("ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS refuse_every_write")
                .update();
    }

    @Test
    void auditEventsAreWrittenAfterThePoolRetiredEveryConnection() throws InterruptedException {
        Viewer admin = accounts.viewer("admin").orElseThrow();
        audit.record(admin, AuditAction.READ_AUDIT, null, null, AuditOutcome.ALLOWED);

        retireEveryConnection();

        assertThatCode(() -> audit.record(admin, AuditAction.READ_AUDIT, null, null, AuditOutcome.ALLOWED))
                .doesNotThrowAnyException();
        UUID patient = UUID.randomUUID();
        audit.record(admin, AuditAction.READ_PROFILE, patient, null, AuditOutcome.DENIED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE patient_id = ?")
                        .param(patient)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(writesHealth.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void theDatabaseIsDownWhenWritesFailEvenThoughReadsWork() {
        assertThat(writesHealth.health().getStatus()).isEqualTo(Status.UP);

        jdbc.sql("ALTER TABLE audit_event ADD CONSTRAINT refuse_every_write CHECK (outcome = 'NEVER') NOCHECK")
                .update();

        assertThat(jdbc.sql("SELECT count(*) FROM audit_event")
                        .query(Long.class)
                        .single())
                .isNotNull();
        assertThat(writesHealth.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(writesHealth.health().getDetails()).doesNotContainKey("error");
    }

    /** What HikariCP does to each connection at its max-lifetime, for all of them now: idle ones close at once. */
    private void retireEveryConnection() throws InterruptedException {
        dataSource.getHikariPoolMXBean().softEvictConnections();
        Thread.sleep(Duration.ofSeconds(1).toMillis()); // the pool closes evicted connections on its own executor
    }
}
