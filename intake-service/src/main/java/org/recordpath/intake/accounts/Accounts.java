package org.recordpath.intake.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The accounts: creating them, listing them, and resolving the signed-in caller. */
public class Accounts {
    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(AccountRepository repository, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public Viewer create(NewAccount account) {
        Account saved = repository.save(new Account(
                UUID.randomUUID(),
                account.username(),
                encoder.encode(account.password()),
                account.role(),
                account.patientId(),
                account.demo(),
                Instant.now(clock)));
        return saved.viewer();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return repository.findByUsername(username).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<Viewer> viewer(String username) {
        return repository.findByUsername(username).map(Account::viewer);
    }

    /** The caller of an authenticated request; an authentication without an account is a broken invariant. */
    @Transactional(readOnly = true)
    public Viewer viewer(Authentication authentication) {
        return viewer(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("authenticated caller has no account"));
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return repository.findAllByOrderByUsernameAsc().stream()
                .map(Account::summary)
                .toList();
    }

    /**
     * Accounts that must not exist in production: those created by demo seeding, and any of the given names whose
     * password is the given demo password.
     */
    @Transactional(readOnly = true)
    public List<String> unsafeDemoAccounts(List<String> names, String demoPassword) {
        return repository.findAll().stream()
                .filter(a -> a.summary().demo()
                        || (names.contains(a.username()) && encoder.matches(demoPassword, a.passwordHash())))
                .map(Account::username)
                .sorted()
                .toList();
    }
}
