package org.recordpath.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for a page that does not exist (a mistyped URL, a malformed record id) or that fails in the
 * framework gets the HTML error page with its correlation id, not the API's problem JSON (#15). Only page requests:
 * a GET that accepts {@code text/html} outside {@code /api/}; everything else goes on to {@link ProblemHandler} and
 * {@link PageErrors}. The status is sent as an error, so Boot renders {@code error.html} with
 * {@link CorrelatedErrorAttributes}.
 */
@Component
class PageRequestErrors implements HandlerExceptionResolver, Ordered {
    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!isPageRequest(request)) {
            return null;
        }
        int status;
        if (ex instanceof NoResourceFoundException || ex instanceof MethodArgumentTypeMismatchException) {
            status = 404;
        } else if (ex instanceof ErrorResponse error) {
            status = error.getStatusCode().value();
        } else {
            return null;
        }
        try {
            response.sendError(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    static boolean isPageRequest(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod())
                && accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
