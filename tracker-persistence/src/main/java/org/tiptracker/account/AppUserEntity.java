package org.tiptracker.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tiptracker.common.VersionedEntity;
import org.tiptracker.treaty.persistence.ParticipantEntity;

/** An account: a role, a bcrypt hash, and for a focal point the participant it speaks for. */
@Entity
@Table(name = "app_user")
public class AppUserEntity extends VersionedEntity {

    @Column(unique = true)
    private String username;

    private String passwordHash;

    private String role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "participant_id")
    private ParticipantEntity participant;

    private boolean enabled = true;

    private int failedAttempts;

    private Instant lockedUntil;

    private Instant createdAt;

    private String email;

    private String fullName;

    /** SHA-256 (hex) of the one-time password link's token; the token itself is never stored. */
    private String passwordTokenHash;

    private Instant passwordTokenExpires;

    private String createdBy;

    protected AppUserEntity() {
    }

    public AppUserEntity(String username, String passwordHash, String role, ParticipantEntity participant, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.participant = participant;
        this.createdAt = now;
    }

    /** Who the person is and who created the account (a focal point's contact details). */
    public void describe(String fullName, String email, String createdBy) {
        this.fullName = fullName;
        this.email = email;
        this.createdBy = createdBy;
    }

    /** A new one-time link replaces any earlier one. */
    public void passwordLinkIssued(String tokenHash, Instant expires) {
        this.passwordTokenHash = tokenHash;
        this.passwordTokenExpires = expires;
    }

    /** Sets the (already encoded) password and spends the one-time link. */
    public void passwordSet(String encodedPassword) {
        this.passwordHash = encodedPassword;
        this.passwordTokenHash = null;
        this.passwordTokenExpires = null;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether a link was issued and not used yet (expired or not). */
    public boolean hasPasswordLink() {
        return passwordTokenHash != null;
    }

    public boolean passwordLinkExpiredAt(Instant now) {
        return passwordTokenExpires != null && !passwordTokenExpires.isAfter(now);
    }

    public String getUsername() { return username; }
    public String getRole() { return role; }
    public ParticipantEntity getParticipant() { return participant; }
    public boolean isEnabled() { return enabled; }
    public String getEmail() { return email; }
    public String getFullName() { return fullName; }
    public Instant getPasswordTokenExpires() { return passwordTokenExpires; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
