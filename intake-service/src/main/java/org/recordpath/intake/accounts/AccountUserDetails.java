package org.recordpath.intake.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of an account: username, BCrypt hash, one role; locked while throttled. */
class AccountUserDetails implements UserDetailsService {
    private final AccountRepository repository;
    private final LoginThrottle throttle;

    AccountUserDetails(AccountRepository repository, LoginThrottle throttle) {
        this.repository = repository;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account =
                repository.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.role().name())
                .disabled(!account.enabled())
                .accountLocked(throttle.locked(account.username()))
                .build();
    }
}
