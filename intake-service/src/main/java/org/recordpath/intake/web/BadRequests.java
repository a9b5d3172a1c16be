package org.recordpath.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one log line of a refused bad request (#11): method, path pattern-free URI, the exception's type and the
 * correlation id; no stack trace and no exception message (it may quote the request's values, a file name say).
 */
final class BadRequests {
    private static final Logger log = LoggerFactory.getLogger(BadRequests.class);

    private BadRequests() {}

    static void log(Exception e, HttpServletRequest request) {
        log.warn(
                "bad request {} {}: {} (correlation id {})",
                request.getMethod(),
                request.getRequestURI(),
                e.getClass().getSimpleName(),
                CorrelationIdFilter.of(request));
    }
}
