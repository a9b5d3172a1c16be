package org.recordpath.intake.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of an account: username, BCrypt hash, one role. */
class AccountUserDetails implements UserDetailsService {
    private final AccountRepository repository;

    AccountUserDetails(AccountRepository repository) {
        this.repository = repository;
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
                .build();
    }
}
