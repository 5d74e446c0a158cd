package dev.masthead.auth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.masthead.author.Author;
import dev.masthead.author.AuthorRequest;
import dev.masthead.author.AuthorService;
import io.quarkus.elytron.security.common.BcryptUtil;

@ApplicationScoped
public class AccountService {

    /** Compared against when the email is unknown, so both cases take as long. */
    private static final String NO_SUCH_ACCOUNT_HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString());

    private final AccountRepository accounts;
    private final AuthorService authors;
    private final TokenService tokens;

    AccountService(AccountRepository accounts, AuthorService authors, TokenService tokens) {
        this.accounts = accounts;
        this.authors = authors;
        this.tokens = tokens;
    }

    public TokenView login(LoginRequest request) {
        Account account = accounts.findByEmail(request.email()).orElse(null);
        boolean matches = BcryptUtil.matches(request.password(),
                account == null ? NO_SUCH_ACCOUNT_HASH : account.passwordHash());
        if (account == null || !matches || !account.active()) {
            throw new InvalidCredentialsException();
        }
        TokenService.IssuedToken token = tokens.issue(account);
        return new TokenView(token.token(), token.expiresAt());
    }

    @Transactional
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** An account and its author profile (its byline), created together. */
    @Transactional
    public Account create(String email, String password, Role role, String name) {
        Author author = authors.createProfile(new AuthorRequest(name, null, null, null, null, null));
        Account account = new Account(email, BcryptUtil.bcryptHash(password), role, name, author.id());
        accounts.persist(account);
        return account;
    }
}
