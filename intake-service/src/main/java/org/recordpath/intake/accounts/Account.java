package org.recordpath.intake.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "account")
class Account {
    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "patient_id")
    private UUID patientId;

    private boolean demo;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    Account(UUID id, String username, String passwordHash, Role role, UUID patientId, boolean demo, Instant now) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.patientId = patientId;
        this.demo = demo;
        this.enabled = true;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void enable(boolean value) {
        this.enabled = value;
    }

    Viewer viewer() {
        return new Viewer(id, username, role, patientId);
    }

    boolean demo() {
        return demo;
    }

    AccountSummary summary(boolean locked) {
        return new AccountSummary(id, username, role, patientId, demo, enabled, locked, createdAt);
    }
}
