package org.tiptracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/**
 * Accounts created by the secretariat. A new account gets an unusable random password and a
 * one-time link (a random token of 32 bytes, of which only the SHA-256 hash is stored) through
 * which its owner chooses a password before the link expires. The secretariat can issue a new
 * link (the old one stops working) and disable or enable an account. Every step is audited.
 * <p>
 * The secretariat manages focal-point accounts; an administrator also secretariat and analyst
 * accounts. Passwords are encoded by the caller (the web layer holds the password encoder).
 */
@Service
public class AccountService {

    public static final String ENTITY = "AppUser";
    public static final int MIN_PASSWORD = 12;
    /** bcrypt reads at most 72 bytes. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final Set<String> ROLES = Set.of("ADMIN", "SECRETARIAT", "FOCAL_POINT", "ANALYST");

    private final AppUserRepository users;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration linkValidity;
    private final SecureRandom random = new SecureRandom();

    public AccountService(AppUserRepository users, ParticipantRepository participants, AuditTrail audit, Clock clock,
                          @Value("${tracker.accounts.link-days:10}") long linkDays) {
        this.users = users;
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
        this.linkValidity = Duration.ofDays(linkDays);
    }

    /** How long a password link stays valid. */
    public Duration linkValidity() {
        return linkValidity;
    }

    /** The roles of the accounts this actor may create and manage. */
    public static List<String> rolesManagedBy(Actor actor) {
        if ("ADMIN".equals(actor.role())) {
            return List.of("FOCAL_POINT", "SECRETARIAT", "ANALYST");
        }
        if ("SECRETARIAT".equals(actor.role())) {
            return List.of("FOCAL_POINT");
        }
        return List.of();
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> all(Actor actor) {
        secretariat(actor);
        Instant now = clock.instant();
        return users.findAllByOrderByUsernameAsc().stream().map(u -> AccountSummary.of(u, now)).toList();
    }

    @Transactional(readOnly = true)
    public AccountSummary get(Actor actor, long id) {
        secretariat(actor);
        return AccountSummary.of(find(id), clock.instant());
    }

    /** A focal-point account for the participant, with its one-time password link. */
    @Transactional
    public PasswordLink createFocalPoint(Actor actor, String username, String fullName, String email, String participantIso3) {
        return create(actor, new NewAccount(username, "FOCAL_POINT", fullName, email, participantIso3));
    }

    /** A new account with an unusable password and a one-time link to set one. */
    @Transactional
    public PasswordLink create(Actor actor, NewAccount command) {
        secretariat(actor);
        String role = command.role() == null ? "" : command.role().strip();
        if (!ROLES.contains(role)) {
            throw new DomainException("account.role.invalid");
        }
        if (!rolesManagedBy(actor).contains(role)) {
            throw new ForbiddenException("create " + role + " account");
        }
        String username = command.username() == null ? "" : command.username().strip();
        if (username.isEmpty()) {
            throw new DomainException("account.username.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new DomainException("account.username.invalid");
        }
        String fullName = command.fullName() == null ? "" : command.fullName().strip();
        if (fullName.isEmpty()) {
            throw new DomainException("account.fullName.required");
        }
        ColumnLimit.ACCOUNT_FULL_NAME.check(fullName);
        String email = command.email() == null ? "" : command.email().strip();
        if (email.isEmpty()) {
            throw new DomainException("account.email.required");
        }
        ColumnLimit.ACCOUNT_EMAIL.check(email);
        if (!EMAIL.matcher(email).matches()) {
            throw new DomainException("account.email.invalid");
        }
        ParticipantEntity participant = null;
        if ("FOCAL_POINT".equals(role)) {
            String iso3 = command.participantIso3() == null ? "" : command.participantIso3().strip().toUpperCase(Locale.ROOT);
            if (iso3.isEmpty()) {
                throw new DomainException("account.participant.required");
            }
            participant = participants.findByIso3(iso3)
                    .orElseThrow(() -> new DomainException("account.participant.unknown", iso3));
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new DomainException("account.username.taken", username);
        }
        // Nobody knows this password: the account cannot sign in before its owner sets one.
        AppUserEntity user = new AppUserEntity(username, "{unusable}" + newToken(), role, participant, clock.instant());
        user.describe(fullName, email, actor.username());
        String token = newToken();
        Instant expires = clock.instant().plus(linkValidity);
        user.passwordLinkIssued(sha256(token), expires);
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("account.username.taken", username);
        }
        audit.created(actor.username(), ENTITY, user.getId(), summary(user), describe(user));
        audit.record(actor.username(), ENTITY, user.getId(), "LINK", summary(user) + " / link until " + expires, null,
                null, describe(user));
        return new PasswordLink(user.getId(), username, token, expires);
    }

    /** A new one-time link for the account; an earlier link stops working. */
    @Transactional
    public PasswordLink newLink(Actor actor, long id) {
        AppUserEntity user = managed(actor, id);
        String before = describe(user);
        String token = newToken();
        Instant expires = clock.instant().plus(linkValidity);
        user.passwordLinkIssued(sha256(token), expires);
        users.saveAndFlush(user);
        audit.record(actor.username(), ENTITY, user.getId(), "LINK", summary(user) + " / link until " + expires, null,
                before, describe(user));
        return new PasswordLink(user.getId(), user.getUsername(), token, expires);
    }

    /** The user name of the account a link belongs to, if the link can still be used. */
    @Transactional(readOnly = true)
    public String checkLink(String token) {
        return usable(token).getUsername();
    }

    /**
     * Sets the password through a one-time link: checks the link (known, not expired, account
     * enabled) and the password policy, stores the encoded password and spends the link.
     */
    @Transactional
    public String setPassword(String token, String password, UnaryOperator<String> encoder) {
        AppUserEntity user = usable(token);
        checkPolicy(user.getUsername(), password);
        String before = describe(user);
        user.passwordSet(encoder.apply(password));
        users.saveAndFlush(user);
        audit.record(user.getUsername(), ENTITY, user.getId(), "PASSWORD", summary(user) + " / password set", null,
                before, describe(user));
        return user.getUsername();
    }

    /** The password rules: at least 12 characters, at most 72 bytes, not the user name. */
    public static void checkPolicy(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new DomainException("account.password.tooShort", MIN_PASSWORD);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new DomainException("account.password.tooLong");
        }
        String folded = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && (folded.equals(username.toLowerCase(Locale.ROOT))
                || folded.contains(username.toLowerCase(Locale.ROOT)))) {
            throw new DomainException("account.password.containsUsername");
        }
        if (password.codePoints().distinct().count() < 4) {
            throw new DomainException("account.password.tooSimple");
        }
    }

    @Transactional
    public AccountSummary enable(Actor actor, long id) {
        return setEnabled(actor, id, true);
    }

    @Transactional
    public AccountSummary disable(Actor actor, long id) {
        return setEnabled(actor, id, false);
    }

    /** Whether the account may still act (used to end the sessions of a disabled account). */
    @Transactional(readOnly = true)
    public boolean isEnabled(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUserEntity::isEnabled).orElse(false);
    }

    private AccountSummary setEnabled(Actor actor, long id, boolean enabled) {
        AppUserEntity user = managed(actor, id);
        if (user.getUsername().equalsIgnoreCase(actor.username())) {
            throw new DomainException("account.self");
        }
        if (user.isEnabled() != enabled) {
            String before = describe(user);
            user.setEnabled(enabled);
            users.saveAndFlush(user);
            audit.record(actor.username(), ENTITY, user.getId(), enabled ? "ENABLE" : "DISABLE", summary(user), null,
                    before, describe(user));
        }
        return AccountSummary.of(user, clock.instant());
    }

    private AppUserEntity usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new PasswordLinkException(false);
        }
        AppUserEntity user = users.findByPasswordTokenHash(sha256(token)).orElseThrow(() -> new PasswordLinkException(false));
        if (!user.isEnabled()) {
            throw new PasswordLinkException(false);
        }
        if (user.passwordLinkExpiredAt(clock.instant())) {
            throw new PasswordLinkException(true);
        }
        return user;
    }

    private AppUserEntity managed(Actor actor, long id) {
        secretariat(actor);
        AppUserEntity user = find(id);
        if (!rolesManagedBy(actor).contains(user.getRole())) {
            throw new ForbiddenException("manage " + user.getRole() + " account " + id);
        }
        return user;
    }

    private AppUserEntity find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("account.notFound"));
    }

    private static void secretariat(Actor actor) {
        if (actor == null || !actor.isSecretariat()) {
            throw new ForbiddenException("accounts");
        }
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(AppUserEntity user) {
        return user.getUsername() + " (" + user.getRole()
                + (user.getParticipant() == null ? "" : ", " + user.getParticipant().getIso3()) + ")";
    }

    /** The account as kept in the audit trail: never a password or token hash. */
    private String describe(AppUserEntity user) {
        return "username=" + user.getUsername() + "; role=" + user.getRole()
                + "; participant=" + (user.getParticipant() == null ? "" : user.getParticipant().getIso3())
                + "; fullName=" + user.getFullName() + "; email=" + user.getEmail()
                + "; enabled=" + user.isEnabled()
                + "; passwordLink=" + (user.hasPasswordLink() ? "until " + user.getPasswordTokenExpires() : "none");
    }
}
