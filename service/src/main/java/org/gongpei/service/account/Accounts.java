package org.gongpei.service.account;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/** Users and their personal tokens: create, change, check a password, issue and revoke tokens. */
@ApplicationScoped
public class Accounts {

    /** Shortest password a user may choose. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    private static final String USERNAME = "^[a-z0-9][a-z0-9._-]{1,63}$";

    /** The enabled user with this name and password, or empty. */
    @Transactional
    public Optional<UserAccount> authenticate(String username, char[] password) {
        Optional<UserAccount> user = find(username).filter(u -> u.enabled);
        return user.filter(u -> matches(password, u.passwordHash));
    }

    /** The user with this name, enabled or not. */
    @Transactional
    public Optional<UserAccount> find(String username) {
        return username == null ? Optional.empty()
                : UserAccount.<UserAccount>find("username", username).firstResultOptional();
    }

    /** Every user, by name. */
    @Transactional
    public List<UserView> list() {
        return UserAccount.<UserAccount>list("order by username").stream().map(UserView::of).toList();
    }

    /** Whether any user exists. */
    @Transactional
    public boolean anyUser() {
        return UserAccount.count() > 0;
    }

    /**
     * Creates a user with a random one-time password, to be changed at the first login.
     *
     * @throws InvalidInputException naming each bad field
     * @throws UserExistsException when the name is taken
     */
    @Transactional
    public CreatedUser create(UserRequest request) {
        List<InputError> errors = new ArrayList<>();
        if (request == null || request.username() == null || !request.username().matches(USERNAME)) {
            errors.add(new InputError("body", "username",
                    "2–64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit"));
        }
        checkRole(request == null ? null : request.role(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The user cannot be created", errors);
        }
        if (find(request.username()).isPresent()) {
            throw new UserExistsException(request.username());
        }
        String password = Secrets.password();
        UserAccount user = new UserAccount();
        user.username = request.username();
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.mustChangePassword = true;
        apply(user, request);
        user.persist();
        return new CreatedUser(UserView.of(user), password);
    }

    /** Changes a user's role, scope or enabled flag; null fields stay. */
    @Transactional
    public UserView update(String username, UserRequest request) {
        UserAccount user = find(username).orElseThrow(() -> new UserNotFoundException("No user named " + username));
        List<InputError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new InputError("body", null, "the request body is empty"));
        } else if (request.role() != null) {
            checkRole(request.role(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The user cannot be changed", errors);
        }
        apply(user, request);
        return UserView.of(user);
    }

    /** Deletes a user and their tokens. */
    @Transactional
    public void delete(String username) {
        UserAccount user = find(username).orElseThrow(() -> new UserNotFoundException("No user named " + username));
        ApiToken.delete("user", user);
        user.delete();
    }

    /** Gives a user a new one-time password (an admin's reset); their tokens stay. */
    @Transactional
    public CreatedUser resetPassword(String username) {
        UserAccount user = find(username).orElseThrow(() -> new UserNotFoundException("No user named " + username));
        String password = Secrets.password();
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.mustChangePassword = true;
        return new CreatedUser(UserView.of(user), password);
    }

    /**
     * Changes a user's own password.
     *
     * @throws InvalidInputException when the current password is wrong or the new one too short or unchanged
     */
    @Transactional
    public void changePassword(String username, PasswordChange change) {
        UserAccount user = find(username).orElseThrow(() -> new UserNotFoundException("No user named " + username));
        List<InputError> errors = new ArrayList<>();
        if (change == null || change.currentPassword() == null
                || !matches(change.currentPassword().toCharArray(), user.passwordHash)) {
            errors.add(new InputError("body", "currentPassword", "the current password is wrong"));
        }
        if (change == null || change.newPassword() == null || change.newPassword().length() < MIN_PASSWORD_LENGTH) {
            errors.add(new InputError("body", "newPassword", "at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (change.newPassword().equals(change.currentPassword())) {
            errors.add(new InputError("body", "newPassword", "the new password is the current one"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The password was not changed", errors);
        }
        user.passwordHash = BcryptUtil.bcryptHash(change.newPassword());
        user.mustChangePassword = false;
    }

    /** Issues a personal token; its secret is returned only now. */
    @Transactional
    public NewToken issueToken(String username, String name) {
        UserAccount user = find(username).orElseThrow(() -> new UserNotFoundException("No user named " + username));
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The token cannot be created",
                    List.of(new InputError("body", "name", "a name of 1–100 characters, e.g. the script's")));
        }
        String secret = Secrets.token();
        ApiToken token = new ApiToken();
        token.user = user;
        token.name = name.strip();
        token.tokenSha256 = Secrets.sha256(secret);
        token.persist();
        return new NewToken(token.id, token.name, secret);
    }

    /** The enabled user a live token belongs to; marks the token used. */
    @Transactional
    public Optional<UserAccount> tokenUser(String secret) {
        Optional<ApiToken> token = ApiToken.<ApiToken>find("tokenSha256 = ?1 and revokedAt is null",
                Secrets.sha256(secret)).firstResultOptional();
        token.ifPresent(t -> t.lastUsedAt = OffsetDateTime.now());
        return token.map(t -> t.user).filter(u -> u.enabled);
    }

    /** A user's tokens, or every user's when username is null. */
    @Transactional
    public List<TokenView> tokens(String username) {
        List<ApiToken> tokens = username == null ? ApiToken.list("order by id")
                : ApiToken.list("user.username = ?1 order by id", username);
        return tokens.stream().map(TokenView::of).toList();
    }

    /** Revokes a token; with a username only one of theirs. */
    @Transactional
    public TokenView revoke(String username, long id) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> username == null || t.user.username.equals(username))
                .orElseThrow(() -> new UserNotFoundException("No token with id " + id));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now();
        }
        return TokenView.of(token);
    }

    /** Stores the first admin with the given one-time password. */
    @Transactional
    public void createFirstAdmin(String username, String password) {
        UserAccount admin = new UserAccount();
        admin.username = username;
        admin.role = Roles.ADMIN;
        admin.allCounties = true;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.mustChangePassword = true;
        admin.persist();
    }

    private static void apply(UserAccount user, UserRequest request) {
        if (request.role() != null) {
            user.role = request.role();
        }
        if (request.allCounties() != null) {
            user.allCounties = request.allCounties();
        }
        if (request.province() != null) {
            user.province = request.province().isBlank() ? null : request.province().strip();
        }
        if (request.counties() != null) {
            user.counties = request.counties().stream().map(String::strip).distinct().toArray(String[]::new);
        }
        if (request.enabled() != null) {
            user.enabled = request.enabled();
        }
    }

    private static void checkRole(String role, List<InputError> errors) {
        if (role == null || !Roles.ALL.contains(role)) {
            errors.add(new InputError("body", "role", "one of " + String.join(", ", Roles.ALL)));
        }
    }

    static boolean matches(char[] password, String hash) {
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), password);
        } catch (Exception e) {
            return false;
        }
    }
}
