package org.tiptracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tiptracker.treaty.persistence.ParticipantEntity;

/** An account: a role, a bcrypt hash, and for a focal point the participant it speaks for. */
@Entity
@Table(name = "app_user")
public class AppUserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AppUserEntity() {
    }

    public AppUserEntity(String username, String passwordHash, String role, ParticipantEntity participant, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.participant = participant;
        this.createdAt = now;
    }

    /** Counts a failed login; after {@code maxAttempts} in a row the account is locked until {@code until}. */
    public void loginFailed(int maxAttempts, Instant until) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = until;
            failedAttempts = 0;
        }
    }

    public void loginSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public String getRole() { return role; }
    public ParticipantEntity getParticipant() { return participant; }
    public boolean isEnabled() { return enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
}
