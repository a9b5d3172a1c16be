package org.recordpath.intake.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.recordpath.intake.accounts.Viewer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. Writing only ever inserts, each event in a transaction of its own, so an event is
 * kept even when the work it records fails and rolls back; if an event cannot be written the work fails with it.
 */
public class AuditLog {
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs the work and records it: ALLOWED when it returns, DENIED when it throws a 403/404 exception (another
     * patient's record, or none), FAILED when it throws anything else. The exception is rethrown.
     */
    public <T, E extends Exception> T audited(
            Viewer viewer, AuditAction action, UUID patientId, Object targetId, Work<T, E> work) throws E {
        T result;
        try {
            result = work.run();
        } catch (Exception e) {
            record(viewer, action, patientId, targetId, refusal(e) ? AuditOutcome.DENIED : AuditOutcome.FAILED);
            throw e;
        }
        record(viewer, action, patientId, targetId, AuditOutcome.ALLOWED);
        return result;
    }

    public void record(Viewer viewer, AuditAction action, UUID patientId, Object targetId, AuditOutcome outcome) {
        insert(
                viewer == null ? null : viewer.username(),
                viewer == null ? null : viewer.role().name(),
                action,
                patientId,
                targetId,
                outcome);
    }

    void insert(String actor, String role, AuditAction action, UUID patientId, Object targetId, AuditOutcome outcome) {
        String target = targetId == null ? null : truncate(targetId.toString(), 200);
        String address = remoteAddress();
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO audit_event
                            (occurred_at, actor, role, action, patient_id, target_id, remote_address, outcome)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)),
                        actor == null ? null : truncate(actor, 100),
                        role,
                        action.name(),
                        patientId,
                        target,
                        address,
                        outcome.name())
                .update());
    }

    /** Matching events, newest first. */
    public AuditPage search(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.patientId() != null) {
            where.append(" AND patient_id = ?");
            params.add(query.patientId());
        }
        if (query.actor() != null) {
            where.append(" AND actor = ?");
            params.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" AND action = ?");
            params.add(query.action().name());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        return ownTransaction.execute(status -> {
            long total = jdbc.sql("SELECT COUNT(*) FROM audit_event" + where)
                    .params(params)
                    .query(Long.class)
                    .single();
            List<Object> paged = new ArrayList<>(params);
            paged.add(query.size());
            paged.add((long) query.page() * query.size());
            List<AuditEvent> events = jdbc.sql("""
                            SELECT id, occurred_at, actor, role, action, patient_id, target_id, remote_address, outcome
                            FROM audit_event""" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                    .params(paged)
                    .query((rs, n) -> new AuditEvent(
                            rs.getLong("id"),
                            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                            rs.getString("actor"),
                            rs.getString("role"),
                            AuditAction.valueOf(rs.getString("action")),
                            rs.getObject("patient_id", UUID.class),
                            rs.getString("target_id"),
                            rs.getString("remote_address"),
                            AuditOutcome.valueOf(rs.getString("outcome"))))
                    .list();
            return new AuditPage(events, query.page(), query.size(), total);
        });
    }

    Instant now() {
        return Instant.now(clock);
    }

    /** The address of the current request, if this runs inside one. */
    static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static boolean refusal(Exception e) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        return status != null && (status.code() == HttpStatus.NOT_FOUND || status.code() == HttpStatus.FORBIDDEN);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
