package org.recordpath.intake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-checks a page session's account on every request (#11): a session whose account was disabled, deleted or given
 * another role since sign-in is ended at once, so the request goes on unauthenticated (and the page chain sends it
 * to sign in). The check reads the account's current row, so it holds on every node behind a load balancer without
 * a shared session registry. Unassignment needs nothing here: visibility is read from the database per request.
 */
final class SessionAccountCheck extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(SessionAccountCheck.class);

    private final AccountRepository repository;
    private final TransactionOperations readOnly;

    SessionAccountCheck(AccountRepository repository, TransactionOperations readOnly) {
        this.repository = repository;
        this.readOnly = readOnly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Optional<Account> account = readOnly.execute(status -> repository.findByUsername(auth.getName()));
            if (account.isEmpty()
                    || !account.get().enabled()
                    || !sameRole(auth, account.get().role())) {
                log.info("session of {} ended: the account was disabled or its role changed", auth.getName());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean sameRole(Authentication auth, Role role) {
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .allMatch(a -> a.equals("ROLE_" + role.name()));
    }
}
