package be.werkwinkel.kiosk.admin.staff;

import be.werkwinkel.kiosk.admin.StaffAccountProblem;
import be.werkwinkel.kiosk.admin.StaffAccountProblem.Reason;
import be.werkwinkel.kiosk.admin.StaffAccounts;
import be.werkwinkel.kiosk.base.ConditionalOnRole;
import be.werkwinkel.kiosk.base.KioskRole;
import be.werkwinkel.kiosk.base.StaffAudit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts in MariaDB, passwords as Argon2id hashes in Spring Security's delegating format
 * (decision 027), and the per-account count of wrong passwords that pauses an account for a time
 * that doubles with every further wrong password.
 */
@ConditionalOnRole({KioskRole.STANDALONE, KioskRole.HUB})
@Service
public class StaffAccountService implements StaffAccounts {

    /** Lower-case letters, digits and . _ - ; what a person types on a keyboard without thinking. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    static final int MAX_PASSWORD = 128;
    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StaffAudit audit;
    private final StaffSettings settings;
    private final Clock clock;
    private final PasswordEncoder passwords = new DelegatingPasswordEncoder(ARGON2,
            Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    /** Compared against when the username is unknown, so that an unknown name takes as long as a wrong password. */
    private final String unknownUserHash;

    StaffAccountService(JdbcClient jdbc, TransactionTemplate transactions, StaffAudit audit, StaffSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.unknownUserHash = passwords.encode("no such staff member");
    }

    /** How a username is kept and compared: trimmed, lower case. */
    public static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<StaffAccount> all() {
        return jdbc.sql("SELECT * FROM staff_account ORDER BY username").query(StaffAccountService::account).list();
    }

    @Override
    public StaffAccount create(String actor, String username, String displayName, Role role, String password) {
        try {
            var account = insert(username, displayName, role, password);
            audit.record(actor, "STAFF_ACCOUNT_CREATED", account.username(), StaffAudit.Result.DONE, "role " + role);
            return account;
        } catch (StaffAccountProblem problem) {
            audit.record(actor, "STAFF_ACCOUNT_CREATED", normalize(username), StaffAudit.Result.REFUSED,
                    problem.reason().name());
            throw problem;
        }
    }

    @Override
    public synchronized StaffAccount createFirstAdmin(String username, String displayName, String password) {
        var account = transactions.execute(status -> {
            // the table lock of a serialised check: two first-admin commands at once make one admin
            jdbc.sql("SELECT COUNT(*) FROM staff_account FOR UPDATE").query(Long.class).single();
            if (hasAdmin()) {
                throw new StaffAccountProblem(Reason.ADMIN_EXISTS);
            }
            return insert(username, displayName, Role.ADMIN, password);
        });
        audit.record("cli", "FIRST_ADMIN_CREATED", account.username(), StaffAudit.Result.DONE, null);
        return account;
    }

    private StaffAccount insert(String username, String displayName, Role role, String password) {
        var name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new StaffAccountProblem(Reason.USERNAME_INVALID);
        }
        var display = checkedDisplayName(displayName);
        checkPassword(name, password);
        var now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                    INSERT INTO staff_account (username, display_name, password_hash, role, enabled, created_at, updated_at)
                    VALUES (?, ?, ?, ?, TRUE, ?, ?)""")
                    .params(name, display, passwords.encode(password), role.name(), now, now).update();
        } catch (DuplicateKeyException taken) {
            throw new StaffAccountProblem(Reason.USERNAME_TAKEN);
        }
        return byUsername(name).orElseThrow();
    }

    @Override
    public StaffAccount update(String actor, long id, String displayName, Role role, boolean enabled) {
        var target = byId(id).map(StaffAccount::username).orElse("#" + id);
        try {
            var updated = transactions.execute(status -> {
                var current = jdbc.sql("SELECT * FROM staff_account WHERE id = ? FOR UPDATE").param(id)
                        .query(StaffAccountService::account).optional()
                        .orElseThrow(() -> new StaffAccountProblem(Reason.NOT_FOUND));
                var display = checkedDisplayName(displayName);
                var losesAdmin = current.role() == Role.ADMIN && current.enabled() && (role != Role.ADMIN || !enabled);
                if (losesAdmin && enabledAdmins() <= 1) {
                    throw new StaffAccountProblem(Reason.LAST_ADMIN);
                }
                jdbc.sql("""
                        UPDATE staff_account SET display_name = ?, role = ?, enabled = ?, updated_at = ?,
                            failed_attempts = CASE WHEN ? AND NOT enabled THEN 0 ELSE failed_attempts END,
                            locked_until = CASE WHEN ? AND NOT enabled THEN NULL ELSE locked_until END
                        WHERE id = ?""")
                        .params(display, role.name(), enabled, Timestamp.from(clock.instant()), enabled, enabled, id)
                        .update();
                return byId(id).orElseThrow();
            });
            audit.record(actor, "STAFF_ACCOUNT_CHANGED", target, StaffAudit.Result.DONE,
                    "role " + updated.role() + (updated.enabled() ? ", enabled" : ", disabled"));
            return updated;
        } catch (StaffAccountProblem problem) {
            audit.record(actor, "STAFF_ACCOUNT_CHANGED", target, StaffAudit.Result.REFUSED, problem.reason().name());
            throw problem;
        }
    }

    @Override
    public void resetPassword(String actor, long id, String password) {
        var account = byId(id);
        var target = account.map(StaffAccount::username).orElse("#" + id);
        try {
            if (account.isEmpty()) {
                throw new StaffAccountProblem(Reason.NOT_FOUND);
            }
            checkPassword(account.get().username(), password);
            jdbc.sql("UPDATE staff_account SET password_hash = ?, failed_attempts = 0, locked_until = NULL, updated_at = ?"
                    + " WHERE id = ?").params(passwords.encode(password), Timestamp.from(clock.instant()), id).update();
            audit.record(actor, "STAFF_PASSWORD_RESET", target, StaffAudit.Result.DONE, null);
        } catch (StaffAccountProblem problem) {
            audit.record(actor, "STAFF_PASSWORD_RESET", target, StaffAudit.Result.REFUSED, problem.reason().name());
            throw problem;
        }
    }

    @Override
    public boolean hasAdmin() {
        return enabledAdmins() > 0;
    }

    private long enabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM staff_account WHERE role = 'ADMIN' AND enabled").query(Long.class).single();
    }

    /** The outcome of one sign-in attempt; see {@link StaffAuthentication}. */
    sealed interface SignIn {
        record Accepted(StaffPrincipal principal) implements SignIn {
        }

        record Refused(String why) implements SignIn {
        }
    }

    /**
     * Checks a password: a paused or disabled account is refused without looking at the password,
     * a wrong password counts towards (and lengthens) the pause, a right one resets the count.
     * Every outcome is audited; the caller tells the person only "not accepted".
     */
    SignIn signIn(String typedUsername, String password) {
        var username = normalize(typedUsername);
        var now = clock.instant();
        var found = USERNAME.matcher(username).matches() ? jdbc.sql(
                "SELECT * FROM staff_account WHERE username = ?").param(username)
                .query((rs, row) -> new Row(account(rs, row), rs.getString("password_hash"),
                        rs.getInt("failed_attempts"))).optional() : Optional.<Row>empty();
        if (found.isEmpty()) {
            passwords.matches(password, unknownUserHash);
            audit.record("-", "SIGN_IN", null, StaffAudit.Result.REFUSED, "unknown username");
            return new SignIn.Refused("unknown username");
        }
        var row = found.get();
        var account = row.account();
        if (account.pausedUntil() != null && account.pausedUntil().isAfter(now)) {
            audit.record(account.username(), "SIGN_IN", account.username(), StaffAudit.Result.REFUSED,
                    "paused until " + account.pausedUntil());
            return new SignIn.Refused("paused");
        }
        if (!passwords.matches(password, row.passwordHash())) {
            var failures = row.failedAttempts() + 1;
            var pause = settings.pauseAfter(failures);
            jdbc.sql("UPDATE staff_account SET failed_attempts = failed_attempts + 1, locked_until = ? WHERE id = ?")
                    .params(pause.isZero() ? null : Timestamp.from(now.plus(pause)), account.id()).update();
            audit.record(account.username(), "SIGN_IN", account.username(), StaffAudit.Result.REFUSED,
                    "wrong password (" + failures + " in a row)" + (pause.isZero() ? "" : ", paused for " + pause));
            return new SignIn.Refused("wrong password");
        }
        if (!account.enabled()) {
            audit.record(account.username(), "SIGN_IN", account.username(), StaffAudit.Result.REFUSED, "disabled");
            return new SignIn.Refused("disabled");
        }
        var rehash = passwords.upgradeEncoding(row.passwordHash()) ? passwords.encode(password) : row.passwordHash();
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?, password_hash = ?"
                + " WHERE id = ?").params(Timestamp.from(now), rehash, account.id()).update();
        audit.record(account.username(), "SIGN_IN", account.username(), StaffAudit.Result.DONE, null);
        return new SignIn.Accepted(new StaffPrincipal(account.username(), account.displayName(), account.role()));
    }

    private record Row(StaffAccount account, String passwordHash, int failedAttempts) {
    }

    public Optional<StaffAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM staff_account WHERE username = ?").param(normalize(username))
                .query(StaffAccountService::account).optional();
    }

    private Optional<StaffAccount> byId(long id) {
        return jdbc.sql("SELECT * FROM staff_account WHERE id = ?").param(id).query(StaffAccountService::account)
                .optional();
    }

    private static String checkedDisplayName(String displayName) {
        var name = displayName.strip();
        if (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl)) {
            throw new StaffAccountProblem(Reason.NAME_INVALID);
        }
        return name;
    }

    private void checkPassword(String username, String password) {
        if (password.length() < settings.minPasswordLength()) {
            throw new StaffAccountProblem(Reason.PASSWORD_TOO_SHORT);
        }
        if (password.length() > MAX_PASSWORD) {
            throw new StaffAccountProblem(Reason.PASSWORD_TOO_LONG);
        }
        if (normalize(password).contains(username)) {
            throw new StaffAccountProblem(Reason.PASSWORD_IS_USERNAME);
        }
    }

    private static StaffAccount account(ResultSet rs, int row) throws SQLException {
        return new StaffAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_sign_in_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
