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
    private final LoginThrottle throttle;

    Accounts(AccountRepository repository, PasswordEncoder encoder, Clock clock, LoginThrottle throttle) {
        this.repository = repository;
        this.encoder = encoder;
        this.clock = clock;
        this.throttle = throttle;
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

    /**
     * Creates an account an admin asked for: the username must be free and the password must follow the
     * {@link PasswordPolicy} (#11).
     *
     * @throws AccountChangeRefusedException when the username is taken or the password is refused
     */
    @Transactional
    public AccountSummary createByAdmin(NewAccount account) {
        if (repository.findByUsername(account.username()).isPresent()) {
            throw new AccountChangeRefusedException("the username is taken");
        }
        PasswordPolicy.refusal(account.username(), account.password(), account.role())
                .ifPresent(why -> {
                    throw new AccountChangeRefusedException(why);
                });
        create(account);
        return summary(account.username());
    }

    @Transactional(readOnly = true)
    public AccountSummary summary(String username) {
        return summary(require(username));
    }

    /**
     * Changes the role of an account. Staff roles (NAVIGATOR, CLINICIAN, ADMIN) change among themselves; a PATIENT
     * account stays one, and no account becomes one (it is bound to its record when created). An admin cannot change
     * their own role, so the last admin cannot lock everyone out by mistake.
     */
    @Transactional
    public AccountSummary changeRole(Viewer admin, String username, Role role) {
        Account account = require(username);
        if (account.username().equals(admin.username())) {
            throw new AccountChangeRefusedException("you cannot change your own role");
        }
        if ((account.role() == Role.PATIENT) != (role == Role.PATIENT)) {
            throw new AccountChangeRefusedException("a patient account stays a patient account; create a new account");
        }
        account.changeRole(role);
        return summary(account);
    }

    /** Enables or disables an account; a disabled account cannot sign in. An admin cannot disable themself. */
    @Transactional
    public AccountSummary setEnabled(Viewer admin, String username, boolean enabled) {
        Account account = require(username);
        if (!enabled && account.username().equals(admin.username())) {
            throw new AccountChangeRefusedException("you cannot disable your own account");
        }
        account.enable(enabled);
        return summary(account);
    }

    private AccountSummary summary(Account account) {
        return account.summary(throttle.throttledAnywhere(account.username()));
    }

    private Account require(String username) {
        return repository.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
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
                .map(this::summary)
                .toList();
    }

    /**
     * Accounts that must not exist in production: those created by demo seeding, and any of the given names whose
     * password is the given demo password.
     */
    @Transactional(readOnly = true)
    public List<String> unsafeDemoAccounts(List<String> names, String demoPassword) {
        return repository.findAll().stream()
                .filter(a ->
                        a.demo() || (names.contains(a.username()) && encoder.matches(demoPassword, a.passwordHash())))
                .map(Account::username)
                .sorted()
                .toList();
    }
}
