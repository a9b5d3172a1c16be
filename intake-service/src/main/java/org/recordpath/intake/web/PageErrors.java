package org.recordpath.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.recordpath.intake.documents.DocumentBusyException;
import org.recordpath.intake.documents.DocumentNotFoundException;
import org.recordpath.intake.patients.PatientNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the server-rendered pages become the error page with a correlation id (the API gets problems). */
@ControllerAdvice(assignableTypes = {PageController.class, ReviewPages.class, ClinicianPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({PatientNotFoundException.class, DocumentNotFoundException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        return errorPage(request, response, 404);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request, HttpServletResponse response) {
        return errorPage(request, response, 403);
    }

    /** A malformed id, parameter or body (#11): 400, logged in one line without a stack trace. */
    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        MultipartException.class,
        HttpMessageNotReadableException.class
    })
    ModelAndView badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        BadRequests.log(e, request);
        return errorPage(request, response, 400);
    }

    @ExceptionHandler(DocumentBusyException.class)
    ModelAndView busy(HttpServletRequest request, HttpServletResponse response) {
        return errorPage(request, response, 409);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("page error (correlation id {})", CorrelationIdFilter.of(request), e);
        return errorPage(request, response, 500);
    }

    private static ModelAndView errorPage(HttpServletRequest request, HttpServletResponse response, int status) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error");
        view.addObject("status", status);
        view.addObject("correlationId", CorrelationIdFilter.of(request));
        return view;
    }
}
