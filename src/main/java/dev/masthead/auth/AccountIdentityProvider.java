package dev.masthead.auth;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Turns a valid token into the account's identity. The account is read on
 * every request, so a deactivated account loses access at once.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String AUTHOR_ID = "masthead.authorId";

    private final TokenService tokens;
    private final AccountRepository accounts;

    AccountIdentityProvider(TokenService tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identityOf(tokens.verify(request.getToken().getToken())));
    }

    private SecurityIdentity identityOf(UUID accountId) {
        Account account = QuarkusTransaction.joiningExisting().call(() -> accounts.findById(accountId));
        if (account == null || !account.active()) {
            throw new AuthenticationFailedException("account unknown or inactive");
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.id().toString()))
                .addRole(account.role().name());
        if (account.authorId() != null) {
            identity.addAttribute(AUTHOR_ID, account.authorId());
        }
        return identity.build();
    }
}
