package org.recordpath.intake.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The job queue kept in the document table. A worker claims a QUEUED job, or a PROCESSING one whose lease ran out
 * (its worker died), with a guarded update, so several workers and processes can share the table. Every later
 * write is guarded by the lease owner: a worker that lost its lease cannot overwrite another's result.
 */
class JobQueue {
    private static final int CANDIDATES = 8;
    private static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    JobQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A job taken by a worker; {@code attempts} counts this claim. */
    record Claim(UUID documentId, int attempts) {}

    Optional<Claim> claim(String owner, Duration lease) {
        OffsetDateTime now = now();
        List<UUID> candidates =
                jdbc.sql("""
                        SELECT id FROM document
                        WHERE (status = 'QUEUED' AND (not_before IS NULL OR not_before <= ?))
                           OR (status = 'PROCESSING' AND lease_until < ?)
                        ORDER BY queued_at
                        LIMIT ?
                        """).params(now, now, CANDIDATES).query(UUID.class).list();
        for (UUID id : candidates) {
            if (take(id, owner, lease, now)) {
                return Optional.of(new Claim(id, attemptsOf(id)));
            }
        }
        return Optional.empty();
    }

    /**
     * Claims one given job (a broker message named it): a QUEUED job that is due, or a PROCESSING one whose lease ran
     * out. Empty when the job is DONE, FAILED, not yet due, or held by a live worker.
     */
    Optional<Claim> claim(UUID id, String owner, Duration lease) {
        return take(id, owner, lease, now()) ? Optional.of(new Claim(id, attemptsOf(id))) : Optional.empty();
    }

    /** The guarded update that gives a claimable job to {@code owner}; false when it is not claimable (any more). */
    private boolean take(UUID id, String owner, Duration lease, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE document SET status = 'PROCESSING', lease_owner = ?, lease_until = ?,
                            heartbeat_at = ?, started_at = ?, attempts = attempts + 1,
                            progress_page = NULL, progress_pages = NULL
                        WHERE id = ? AND ((status = 'QUEUED' AND (not_before IS NULL OR not_before <= ?))
                            OR (status = 'PROCESSING' AND lease_until < ?))
                        """)
                        .params(owner, now.plus(lease), now, now, id, now, now)
                        .update()
                == 1;
    }

    private int attemptsOf(UUID id) {
        return jdbc.sql("SELECT attempts FROM document WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    /** The job's status, empty for an unknown id. */
    Optional<String> status(UUID id) {
        return jdbc.sql("SELECT status FROM document WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Notes that a message naming the job was just published. */
    void dispatched(UUID id) {
        jdbc.sql("UPDATE document SET dispatched_at = ? WHERE id = ?")
                .params(now(), id)
                .update();
    }

    /**
     * Jobs that need a (new) message: QUEUED and due but not published since they were queued or became due, or
     * PROCESSING with an expired lease (the worker died) and not published since; and any claimable job whose last
     * message is older than {@code redispatchAfter} (a message the broker lost). Each returned job is marked as
     * dispatched by a guarded update, so that several sweepers publish it once.
     */
    List<UUID> takeForDispatch(Duration redispatchAfter, int limit) {
        OffsetDateTime now = now();
        OffsetDateTime stale = now.minus(redispatchAfter);
        List<Dispatch> due = jdbc.sql("""
                        SELECT id, dispatched_at FROM document
                        WHERE (status = 'QUEUED' AND (not_before IS NULL OR not_before <= ?)
                               AND (dispatched_at IS NULL OR dispatched_at < queued_at
                                    OR (not_before IS NOT NULL AND dispatched_at < not_before) OR dispatched_at < ?))
                           OR (status = 'PROCESSING' AND lease_until < ?
                               AND (dispatched_at IS NULL OR dispatched_at < lease_until OR dispatched_at < ?))
                        ORDER BY queued_at
                        LIMIT ?
                        """)
                .params(now, stale, now, stale, limit)
                .query((rs, row) -> new Dispatch(
                        rs.getObject("id", UUID.class), rs.getObject("dispatched_at", OffsetDateTime.class)))
                .list();
        List<UUID> taken = new java.util.ArrayList<>();
        for (Dispatch d : due) {
            int marked = d.at() == null
                    ? jdbc.sql("UPDATE document SET dispatched_at = ? WHERE id = ? AND dispatched_at IS NULL")
                            .params(now, d.id())
                            .update()
                    : jdbc.sql("UPDATE document SET dispatched_at = ? WHERE id = ? AND dispatched_at = ?")
                            .params(now, d.id(), d.at())
                            .update();
            if (marked == 1) {
                taken.add(d.id());
            }
        }
        return taken;
    }

    private record Dispatch(UUID id, OffsetDateTime at) {}

    /** Jobs by status, for metrics. */
    java.util.Map<String, Long> countByStatus() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM document GROUP BY status")
                .query((rs, row) -> counts.put(rs.getString("status"), rs.getLong("n")))
                .list();
        return counts;
    }

    /**
     * Frees at once the jobs held by dead processes of this node (#11): PROCESSING jobs whose lease owner names this
     * node but not this process get an expired lease, so the next claim (or sweep) takes them; their attempt still
     * counts. Returns how many.
     */
    int releaseDeadLeasesOf(NodeIdentity self) {
        OffsetDateTime expired = now().minusSeconds(1);
        return jdbc.sql("""
                        UPDATE document SET lease_until = ?
                        WHERE status = 'PROCESSING' AND lease_owner LIKE ? AND lease_owner NOT LIKE ?
                        """)
                .params(expired, self.node() + "/%", self.node() + "/" + self.process() + "-%")
                .update();
    }

    /** Records "reading page {@code page} of {@code pages}" and extends the lease; false when the lease is lost. */
    boolean heartbeat(UUID id, String owner, int page, int pages, Duration lease) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        UPDATE document SET progress_page = ?, progress_pages = ?, heartbeat_at = ?, lease_until = ?
                        WHERE id = ? AND lease_owner = ? AND status = 'PROCESSING'
                        """)
                        .params(page, pages, now, now.plus(lease), id, owner)
                        .update()
                == 1;
    }

    boolean complete(UUID id, String owner, String contentType, int pageCount, String pagesJson) {
        OffsetDateTime now = now();
        return jdbc.sql("""
                        UPDATE document SET status = 'DONE', content_type = ?, page_count = ?, pages_json = ?,
                            failure_reason = NULL, error_id = NULL, progress_page = NULL, progress_pages = NULL,
                            lease_owner = NULL, lease_until = NULL, finished_at = ?
                        WHERE id = ? AND lease_owner = ? AND status = 'PROCESSING'
                        """)
                        .params(contentType, pageCount, pagesJson, now, id, owner)
                        .update()
                == 1;
    }

    /**
     * Puts a job that failed with an error back in the queue, to be claimed again from {@code notBefore} on; the
     * reason is kept for the record (it is shown only if the job ends FAILED).
     */
    boolean retryLater(UUID id, String owner, String reason, String errorId, OffsetDateTime notBefore) {
        String plain = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        return jdbc.sql("""
                        UPDATE document SET status = 'QUEUED', failure_reason = ?, error_id = ?, not_before = ?,
                            progress_page = NULL, progress_pages = NULL, lease_owner = NULL, lease_until = NULL
                        WHERE id = ? AND lease_owner = ? AND status = 'PROCESSING'
                        """).params(plain, errorId, notBefore, id, owner).update() == 1;
    }

    boolean fail(UUID id, String owner, String reason, String errorId) {
        String plain = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        return jdbc.sql("""
                        UPDATE document SET status = 'FAILED', failure_reason = ?, error_id = ?,
                            progress_page = NULL, progress_pages = NULL, lease_owner = NULL, lease_until = NULL,
                            finished_at = ?
                        WHERE id = ? AND lease_owner = ? AND status = 'PROCESSING'
                        """).params(plain, errorId, now(), id, owner).update() == 1;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
