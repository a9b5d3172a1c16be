package org.recordpath.intake.processing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param workers worker threads in this process; 0 or less means one per core
 * @param lease how long a claimed job stays with its worker without a heartbeat (each page is one)
 * @param pollInterval how often an idle worker looks for jobs it was not told about
 * @param maxAttempts claims of one job (a worker that died counts) before it ends FAILED
 * @param retryBackoff the wait before attempt n+1 after attempt n failed with an error: {@code 2^(n-1) × backoff}
 * @param retryBackoffMax the longest such wait
 */
@ConfigurationProperties("recordpath.jobs")
record JobSettings(
        @DefaultValue("0") int workers,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("10s") Duration retryBackoff,
        @DefaultValue("10m") Duration retryBackoffMax) {
    JobSettings {
        if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("recordpath.jobs.lease and poll-interval must be positive");
        }
        if (retryBackoff.isNegative() || retryBackoffMax.isNegative()) {
            throw new IllegalArgumentException(
                    "recordpath.jobs.retry-backoff and retry-backoff-max must not be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("recordpath.jobs.max-attempts must be at least 1");
        }
    }

    /** The wait before the next attempt after attempt {@code attempt} (1-based) failed: exponential, capped. */
    Duration backoffAfter(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        Duration wait = retryBackoff.multipliedBy(1L << doublings);
        return wait.compareTo(retryBackoffMax) > 0 ? retryBackoffMax : wait;
    }

    int workerCount() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
