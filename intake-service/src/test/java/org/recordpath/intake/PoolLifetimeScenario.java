package org.recordpath.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With a 30 s connection max-lifetime (HikariCP's smallest; the default is 30 minutes) the service still answers
 * writes after the pool has retired and replaced every connection it started with. // #11 item 0: on the embedded
 * default every request that wrote an audit event answered 500 from minute 30 on.
 */
abstract class PoolLifetimeScenario {
    static final String SHORT_LIFETIME = "spring.datasource.hikari.max-lifetime=30000";

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    MeterRegistry meters;

    @Test
    void writesSucceedAfterThePoolRetiredEveryConnection() throws InterruptedException {
        ServiceClient api = new ServiceClient(port);
        api.newPatient("navigator", "Synthetic pool-lifetime patient");
        int openAtStart = dataSource.getHikariPoolMXBean().getTotalConnections();
        long createdAtStart = connectionsCreated();

        awaitRetirementOf(openAtStart, createdAtStart);

        api.newPatient("navigator", "Synthetic pool-lifetime patient 2");
        assertThat(api.get("admin", "/api/audit?size=5").status()).isEqualTo(200);
        assertThat(api.get("navigator", "/api/patients").status()).isEqualTo(200);
        ServiceClient.Response health = api.get("admin", "/actuator/health/readiness");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"dbWrites\"");
    }

    /** Waits (at most 60 s) until the pool has created as many new connections as it had open at the start. */
    private void awaitRetirementOf(int openAtStart, long createdAtStart) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (connectionsCreated() - createdAtStart < openAtStart) {
            assertThat(System.nanoTime())
                    .as("the pool replaced its %d connections within 60 s", openAtStart)
                    .isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    private long connectionsCreated() {
        return meters.get("hikaricp.connections.creation").timer().count();
    }
}
