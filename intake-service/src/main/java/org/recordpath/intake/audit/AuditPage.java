package org.recordpath.intake.audit;

import java.util.List;

/** One page of audit events, newest first, and how many match in all. */
public record AuditPage(List<AuditEvent> events, int page, int size, long total) {
    public AuditPage {
        events = List.copyOf(events);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
