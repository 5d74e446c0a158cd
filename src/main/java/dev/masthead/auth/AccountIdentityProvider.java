package dev.masthead.auth;

import java.util.Set;
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
 * Turns a bearer credential into an identity: an API key ({@code mh_...}) or
 * an account's token. The account or key is read on every request, so a
 * deactivated account or a revoked key loses access at once.
 *
 * <p>Security roles: an account holds its role and every role below it (so
 * {@code @RolesAllowed("EDITOR")} admits admins); a key holds its scopes.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;
    private final AccountRepository accounts;
    private final ApiKeyService apiKeys;

    AccountIdentityProvider(TokenService tokens, AccountRepository accounts, ApiKeyService apiKeys) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String credential = request.getToken().getToken();
        return context.runBlocking(() -> credential.startsWith(ApiKeyService.PREFIX)
                ? keyIdentity(credential)
                : accountIdentity(tokens.verify(credential)));
    }

    private SecurityIdentity accountIdentity(UUID accountId) {
        Account account = QuarkusTransaction.joiningExisting().call(() -> accounts.findById(accountId));
        if (account == null || !account.active()) {
            throw new AuthenticationFailedException("account unknown or inactive");
        }
        return identity(account.id().toString(), account.role().grantedRoleNames(),
                Actor.account(account.id(), account.role(), account.authorId()));
    }

    private SecurityIdentity keyIdentity(String secret) {
        Actor actor = apiKeys.authenticate(secret)
                .orElseThrow(() -> new AuthenticationFailedException("API key unknown or revoked"));
        Set<String> roles = actor.scopes().contains(Scope.CONTENT_WRITE)
                ? Set.of(Scope.CONTENT_READ.value(), Scope.CONTENT_WRITE.value())
                : Set.of(Scope.CONTENT_READ.value());
        return identity("api-key:" + actor.accountId(), roles, actor);
    }

    private static SecurityIdentity identity(String principal, Set<String> roles, Actor actor) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(principal))
                .addRoles(roles)
                .addAttribute(Caller.ACTOR, actor)
                .build();
    }
}
