package org.recordpath.intake.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.recordpath.extraction.PageReading;

/**
 * The job metrics: jobs by state and queue depth (gauges over the document table, read at most once a second),
 * pages read by method, OCR time per page, extraction time per document.
 */
class JobMetrics {
    static final String JOBS = "recordpath.jobs";
    static final String QUEUE_DEPTH = "recordpath.queue.depth";
    static final String PAGES = "recordpath.pages.read";
    static final String OCR_PAGE = "recordpath.ocr.page";
    static final String EXTRACTION = "recordpath.extraction";
    static final List<String> STATES = List.of("QUEUED", "PROCESSING", "DONE", "FAILED");
    private static final long REFRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final MeterRegistry registry;
    private final JobQueue queue;
    private final AtomicReference<Snapshot> counts = new AtomicReference<>(new Snapshot(Map.of(), Long.MIN_VALUE));

    private record Snapshot(Map<String, Long> byStatus, long takenAt) {}

    JobMetrics(MeterRegistry registry, JobQueue queue) {
        this.registry = registry;
        this.queue = queue;
        for (String state : STATES) {
            Gauge.builder(JOBS, this, m -> m.count(state))
                    .description("Jobs (documents) by state")
                    .tag("state", state)
                    .register(registry);
        }
        Gauge.builder(QUEUE_DEPTH, this, m -> m.count("QUEUED"))
                .description("Jobs waiting for a worker")
                .register(registry);
    }

    /** Records how a document was read; {@code pageNanos[i]} is the time from the start of page i+1 to the next. */
    void documentRead(List<PageReading> pages, long[] pageNanos, long totalNanos) {
        for (int i = 0; i < pages.size(); i++) {
            PageReading page = pages.get(i);
            Counter.builder(PAGES)
                    .description("Pages read, by method")
                    .tag("method", page.method().name())
                    .register(registry)
                    .increment();
            if ("OCR".equals(page.method().name()) && page.page() - 1 < pageNanos.length) {
                long nanos = pageNanos[page.page() - 1];
                if (nanos > 0) {
                    Timer.builder(OCR_PAGE)
                            .description("Time to read one page by OCR (render and recognise)")
                            .register(registry)
                            .record(Duration.ofNanos(nanos));
                }
            }
        }
        extraction("DONE").record(Duration.ofNanos(totalNanos));
    }

    void documentFailed(long totalNanos) {
        extraction("FAILED").record(Duration.ofNanos(totalNanos));
    }

    private Timer extraction(String outcome) {
        return Timer.builder(EXTRACTION)
                .description("Time to read a document and extract its facts")
                .tag("outcome", outcome)
                .register(registry);
    }

    private double count(String state) {
        Snapshot s = counts.get();
        long now = System.nanoTime();
        if (now - s.takenAt() > REFRESH_NANOS) {
            s = new Snapshot(queue.countByStatus(), now);
            counts.set(s);
        }
        return s.byStatus().getOrDefault(state, 0L);
    }
}
