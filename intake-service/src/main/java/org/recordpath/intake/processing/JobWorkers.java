package org.recordpath.intake.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recordpath.intake.documents.DocumentQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-process worker pool: one thread per configured worker, each claiming jobs from the queue until none is
 * left, then waiting until a document is queued (or the poll interval passes, which also finds jobs of dead
 * workers and of other processes). Stopping lets running jobs finish for a while; a job cut off by shutdown keeps
 * its lease and is taken over when the lease runs out.
 */
class JobWorkers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(JobWorkers.class);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final JobQueue queue;
    private final DocumentProcessor processor;
    private final JobSettings settings;
    private final NodeIdentity node;
    private final Object signal = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    JobWorkers(JobQueue queue, DocumentProcessor processor, JobSettings settings, NodeIdentity node) {
        this.node = node;
        this.queue = queue;
        this.processor = processor;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        running = true;
        int freed = queue.releaseDeadLeasesOf(node);
        if (freed > 0) {
            log.info("{} jobs of a dead process of this node freed at once", freed);
        }
        for (int i = 0; i < settings.workerCount(); i++) {
            String owner = node.owner(Integer.toString(i));
            Thread thread = new Thread(() -> work(owner), "recordpath-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        log.info("{} document workers started as {}", threads.size(), node);
    }

    @Override
    public synchronized void stop() {
        running = false;
        wake();
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, deadline - System.currentTimeMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onQueued(DocumentQueued queued) {
        wake();
    }

    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void work(String owner) {
        while (running) {
            try {
                Optional<JobQueue.Claim> claim = queue.claim(owner, settings.lease());
                if (claim.isPresent()) {
                    processor.process(claim.get(), owner);
                } else {
                    idle();
                }
            } catch (RuntimeException e) {
                log.error("worker {} could not reach the job queue", owner, e);
                idle();
            }
        }
    }

    private void idle() {
        synchronized (signal) {
            if (!running) {
                return;
            }
            try {
                signal.wait(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
