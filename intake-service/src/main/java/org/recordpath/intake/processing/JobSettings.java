package org.recordpath.intake.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param workers worker threads in this process; 0 or less means one per core
 * @param lease how long a claimed job stays with its worker without a heartbeat (each page is one)
 * @param pollInterval how often an idle worker looks for jobs it was not told about
 * @param maxAttempts claims of one job (a worker that died counts) before it ends FAILED
 */
@ConfigurationProperties("recordpath.jobs")
record JobSettings(
        @DefaultValue("0") int workers,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("3") int maxAttempts) {
    JobSettings {
        if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("recordpath.jobs.lease and poll-interval must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("recordpath.jobs.max-attempts must be at least 1");
        }
    }

    int workerCount() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
