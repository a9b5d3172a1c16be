package org.recordpath.intake.processing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes a message again for jobs that need one (profile {@code rabbitmq}): a worker died holding the job (its
 * lease expired), a retry became due after its back-off, or the broker lost a message. Every web and worker node
 * runs one; the guarded update in {@link JobQueue#takeForDispatch} lets only one of them publish each job.
 */
class LeaseSweeper implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LeaseSweeper.class);
    private static final int BATCH = 100;

    private final RabbitJobs jobs;
    private final RabbitSettings settings;
    private ScheduledExecutorService timer;

    LeaseSweeper(RabbitJobs jobs, RabbitSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "recordpath-lease-sweeper");
            t.setDaemon(true);
            return t;
        });
        long every = settings.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    void sweep() {
        try {
            int published = jobs.redispatch(BATCH);
            if (published > 0) {
                log.info("published {} jobs again (expired lease, due retry or lost message)", published);
            }
        } catch (RuntimeException e) {
            log.warn("lease sweep failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
