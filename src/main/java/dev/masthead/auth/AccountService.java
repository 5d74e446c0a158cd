package dev.masthead.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.masthead.author.Author;
import dev.masthead.author.AuthorRequest;
import dev.masthead.author.AuthorService;
import dev.masthead.content.ContentWrite;
import dev.masthead.web.problem.InvalidRequestException;
import io.quarkus.elytron.security.common.BcryptUtil;

@ApplicationScoped
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;

    /** Compared against when the email is unknown, so both cases take as long. */
    private static final String NO_SUCH_ACCOUNT_HASH = hash(UUID.randomUUID().toString());

    private final AccountRepository accounts;
    private final AuthorService authors;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    AccountService(AccountRepository accounts, AuthorService authors, TokenService tokens, LoginThrottle throttle) {
        this.accounts = accounts;
        this.authors = authors;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** @param client the caller's address, for throttling guesses */
    public TokenView login(LoginRequest request, String client) {
        // Counted as a failure from here on, unless it succeeds: an error on the way counts against the guesser too.
        LoginThrottle.Attempt attempt = throttle.begin(request.email(), client);
        Account account = accounts.findByEmail(request.email()).orElse(null);
        boolean matches = matches(request.password(), account == null ? NO_SUCH_ACCOUNT_HASH : account.passwordHash());
        if (account == null || !matches || !account.active()) {
            throw new InvalidCredentialsException();
        }
        throttle.succeeded(attempt);
        TokenService.IssuedToken token = tokens.issue(account);
        return new TokenView(token.token(), token.expiresAt());
    }

    /** Changes the caller's own password; the current one must be right. */
    @Transactional
    public void changePassword(Actor actor, PasswordChangeRequest request) {
        if (actor.isApiKey()) {
            throw new ForbiddenActionException("An API key has no password");
        }
        Account account = accounts.findById(actor.accountId());
        if (!matches(request.currentPassword(), account.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "is not the current password");
        }
        account.changePasswordHash(hash(request.newPassword()));
    }

    @Transactional
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** An account and its author profile (its byline), created together. */
    @ContentWrite
    public Account create(String email, String password, Role role, String name) {
        Author author = authors.createProfile(new AuthorRequest(name, null, null, null, null, null));
        Account account = new Account(email, hash(password), role, name, author.id());
        accounts.persist(account);
        return account;
    }

    /**
     * bcrypt reads only the first 72 bytes of its input, so the password is
     * first condensed with SHA-256: every character of a long passphrase
     * counts.
     */
    static String hash(String password) {
        return BcryptUtil.bcryptHash(condensed(password));
    }

    static boolean matches(String password, String hash) {
        return BcryptUtil.matches(condensed(password), hash);
    }

    private static String condensed(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
