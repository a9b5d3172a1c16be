package org.recordpath.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.recordpath.intake.accounts.AccountChangeRefusedException;
import org.recordpath.intake.accounts.AccountNotFoundException;
import org.recordpath.intake.audit.BadAuditQueryException;
import org.recordpath.intake.documents.DocumentBusyException;
import org.recordpath.intake.documents.DocumentNotFoundException;
import org.recordpath.intake.documents.RejectedUploadException;
import org.recordpath.intake.patients.PatientNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where API errors become RFC 9457 problem details: stable type URIs under
 * {@value #TYPE_BASE}, a title, a detail without PHI, and the correlation id.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    static final String TYPE_BASE = "https://recordpath.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler({PatientNotFoundException.class, DocumentNotFoundException.class})
    ProblemDetail notFound(RuntimeException e, HttpServletRequest request) {
        return problem(
                HttpStatus.NOT_FOUND, "not-found", "Not found", "No such record, or not one you may see.", request);
    }

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail noAccount(AccountNotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such account.", request);
    }

    @ExceptionHandler(AccountChangeRefusedException.class)
    ProblemDetail refusedChange(AccountChangeRefusedException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage(), request);
    }

    @ExceptionHandler(BadAuditQueryException.class)
    ProblemDetail badAuditQuery(BadAuditQueryException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage(), request);
    }

    @ExceptionHandler(RejectedUploadException.class)
    ProblemDetail rejected(RejectedUploadException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "rejected-upload", "Upload refused", e.getMessage(), request);
    }

    @ExceptionHandler(DocumentBusyException.class)
    ProblemDetail busy(DocumentBusyException e, HttpServletRequest request) {
        return problem(
                HttpStatus.CONFLICT,
                "document-busy",
                "Document busy",
                "The document is still queued or being read; run it again once it has finished.",
                request);
    }

    /**
     * A multipart request that cannot be parsed (no boundary, a broken part) is the client's error (#11): 400, logged
     * in one line. A body over the size limit stays 413 (its own, more specific handler).
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e, HttpServletRequest request) {
        BadRequests.log(e, request);
        return problem(
                HttpStatus.BAD_REQUEST,
                "bad-request",
                "Bad request",
                "The multipart body could not be read: send multipart/form-data with a boundary.",
                request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error (correlation id {})", CorrelationIdFilter.of(request), e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal",
                "Unexpected error",
                "Something went wrong on our side. Quote the correlation id if you report it.",
                request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is4xxClientError() && request instanceof ServletWebRequest servlet) {
            BadRequests.log(ex, servlet.getRequest());
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail) {
            ProblemDetail problem = (ProblemDetail) response.getBody();
            if (problem.getType() == null
                    || "about:blank".equals(problem.getType().toString())) {
                problem.setType(type(response.getStatusCode()));
            }
            Object id = request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            problem.setProperty("correlationId", id == null ? "none" : id.toString());
        }
        return response;
    }

    private static ProblemDetail problem(
            HttpStatus status, String slug, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setProperty("correlationId", CorrelationIdFilter.of(request));
        return problem;
    }

    static URI type(HttpStatusCode status) {
        String slug;
        switch (status.value()) {
            case 400:
                slug = "bad-request";
                break;
            case 401:
                slug = "unauthenticated";
                break;
            case 403:
                slug = "forbidden";
                break;
            case 404:
                slug = "not-found";
                break;
            case 405:
                slug = "method-not-allowed";
                break;
            case 409:
                slug = "conflict";
                break;
            case 413:
                slug = "too-large";
                break;
            case 415:
                slug = "unsupported-media-type";
                break;
            case 500:
                slug = "internal";
                break;
            default:
                slug = "http-" + status.value();
        }
        return URI.create(TYPE_BASE + slug);
    }
}
