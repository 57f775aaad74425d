package org.tiptracker.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.common.Actor;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * The accounts as signing in sees them: who someone is, with which role, for which State, and
 * whether the account may be used; and the accounts the application makes for itself on a first
 * start (the administrator, the demonstration accounts). Managing accounts is {@link AccountService}'s.
 */
@Service
public class SignInAccounts {

    /**
     * An account as sign-in reads it.
     *
     * @param passwordHash    the BCrypt hash, or null while no password has been set
     * @param participantId   the State a focal point speaks for (null for other roles)
     * @param participantIso3 its ISO code
     */
    public record SignInAccount(String username, String passwordHash, String role, Long participantId,
                                String participantIso3, boolean enabled) {

        public Actor actor() {
            return new Actor(username, role, participantId);
        }

        /** Whether a password can be checked against this account (enabled, with a BCrypt hash). */
        public boolean usable() {
            return enabled && passwordHash != null && passwordHash.startsWith("$2");
        }
    }

    /** The six columns sign-in reads, in one statement (compared as Spring Data's IgnoreCase does). */
    private static final String FIND = "select u.username, u.password_hash, u.role, u.participant_id, p.iso3, u.enabled"
            + " from app_user u left join participant p on p.id = u.participant_id where upper(u.username) = upper(?)";

    private final AppUserRepository users;
    private final ParticipantRepository participants;
    private final JdbcTemplate jdbc;

    public SignInAccounts(AppUserRepository users, ParticipantRepository participants, JdbcTemplate jdbc) {
        this.users = users;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    /**
     * The account named {@code username}, whatever its case. Asked on every signed-in request (is
     * the account still enabled?), so it is one plain query, outside any transaction of its own,
     * rather than loading the account and its State as entities.
     */
    public Optional<SignInAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.query(FIND, rs -> rs.next()
                ? Optional.of(new SignInAccount(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getBoolean(6)))
                : Optional.<SignInAccount>empty(), username);
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(String role) {
        return users.existsByRole(role);
    }

    /**
     * Creates the account unless one of that name exists (then it is left as it is, password
     * included). Returns whether it was created.
     *
     * @param iso3 the State of a focal point (null for other roles)
     */
    @Transactional
    public boolean createIfAbsent(String username, String passwordHash, String role, String iso3, Instant now) {
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            return false;
        }
        users.save(new AppUserEntity(username, passwordHash, role,
                iso3 == null ? null : participants.findByIso3(iso3).orElseThrow(), now));
        return true;
    }
}
