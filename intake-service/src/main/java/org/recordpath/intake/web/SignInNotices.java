package org.recordpath.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.recordpath.intake.accounts.LoginThrottle;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the owner of an account, once, on the first page after signing in, how many sign-ins failed since their last
 * one (#11): throttling slows a guesser down, and this notice lets the owner see it happened.
 */
@ControllerAdvice(assignableTypes = {PageController.class, ReviewPages.class, ClinicianPages.class, AdminPages.class})
class SignInNotices {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** Forgets the notice once a page (not a redirect) has shown it; registered in {@link WebConfiguration}. */
    static final class Shown implements HandlerInterceptor {
        @Override
        public void postHandle(
                HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
            HttpSession session = request.getSession(false);
            if (session != null
                    && view != null
                    && view.getModel().get("signInNotice") != null
                    && view.getViewName() != null
                    && !view.getViewName().startsWith("redirect:")) {
                session.removeAttribute(LoginThrottle.NOTICE_ATTRIBUTE);
            }
        }
    }

    @ModelAttribute("signInNotice")
    String signInNotice(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(LoginThrottle.NOTICE_ATTRIBUTE) instanceof LoginThrottle.SignInNotice n)) {
            return null;
        }
        return (n.failures() == 1
                        ? "1 sign-in to your account failed"
                        : n.failures() + " sign-ins to your account failed")
                + " since you last signed in, the last at "
                + TIME.format(n.last().atOffset(ZoneOffset.UTC))
                + ". If that was not you, tell your administrator.";
    }
}
