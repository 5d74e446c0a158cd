package dev.masthead.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.masthead.web.problem.ProblemException;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Caps Management API requests per account and per API key and calendar
 * minute, so a runaway script or integrator cannot starve the newsroom: over
 * the cap, 429 with Retry-After until the minute ends. Every authenticated
 * Management answer tells the caller where it stands, in the RateLimit-Policy
 * and RateLimit fields of draft-ietf-httpapi-ratelimit-headers.
 *
 * <p>A request is counted only once its credential is verified, and by the
 * account's or key's id: however the Authorization header is spelled, one
 * credential has one count, and a request with a bad credential (answered 401
 * by the security check) leaves nothing behind. Counted per replica: with N
 * replicas behind a balancer a credential may make up to N times the cap.
 */
@ApplicationScoped
public class ManagementRateLimit {

    private static final String MANAGEMENT = "/api/v1/admin/";
    private static final String SIGN_IN = "/api/v1/admin/auth/";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String USAGE = ManagementRateLimit.class.getName() + ".usage";
    /**
     * Bounds the counts to this many (credential, minute) pairs, about 150 bytes
     * each: far more accounts and keys than call in one minute. Each pair is
     * dropped a minute after it was made, which is never before its minute ends.
     */
    private static final int MAX_TRACKED = 20_000;

    private final int perMinute;
    private final Clock clock;
    private final CurrentIdentityAssociation identities;
    private final Cache<Window, AtomicInteger> counts = Caffeine.newBuilder()
            .maximumSize(MAX_TRACKED)
            .expireAfterWrite(WINDOW)
            .build();

    ManagementRateLimit(AuthConfig config, Clock clock, CurrentIdentityAssociation identities) {
        this.perMinute = config.requestsPerMinute();
        this.clock = clock;
        this.identities = identities;
    }

    /**
     * Runs before routing, so a capped caller is refused whatever it asks for
     * and forbidden requests count too. The identity it waits for is the one
     * the security check uses afterwards: the credential is verified once.
     */
    @ServerRequestFilter(preMatching = true)
    Uni<Response> count(ContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        if (!path.startsWith(MANAGEMENT) || path.startsWith(SIGN_IN)) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                // A bad credential: the security check answers it with 401 once the request is routed.
                .onFailure().recoverWithNull()
                .map(identity -> {
                    Actor actor = actorOf(identity);
                    if (actor == null) {
                        return null;
                    }
                    Usage usage = count(actor);
                    request.setProperty(USAGE, usage);
                    if (usage.exceeded()) {
                        throw new CapReachedException(usage);
                    }
                    return null;
                });
    }

    @ServerResponseFilter
    void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(USAGE) instanceof Usage usage) {
            response.getHeaders().putSingle("RateLimit-Policy", usage.policy());
            response.getHeaders().putSingle("RateLimit", usage.state());
        }
    }

    /** How many (credential, minute) counts the limiter holds now. */
    long trackedCredentials() {
        counts.cleanUp();
        return counts.estimatedSize();
    }

    private Usage count(Actor actor) {
        long second = clock.instant().getEpochSecond();
        long windowSeconds = WINDOW.toSeconds();
        Window window = new Window(actor.accountId(), actor.isApiKey(), second / windowSeconds);
        int used = counts.get(window, ignored -> new AtomicInteger()).incrementAndGet();
        return new Usage(perMinute, used, windowSeconds - second % windowSeconds);
    }

    private static Actor actorOf(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(Caller.ACTOR);
    }

    /** One credential's count in one minute; account and key ids never mix. */
    private record Window(UUID credential, boolean apiKey, long minute) {
    }

    private record Usage(int quota, int used, long resetSeconds) {

        boolean exceeded() {
            return used > quota;
        }

        String policy() {
            return "\"default\";q=" + quota + ";w=" + WINDOW.toSeconds();
        }

        String state() {
            return "\"default\";r=" + Math.max(0, quota - used) + ";t=" + resetSeconds;
        }
    }

    static class CapReachedException extends ProblemException {

        private final long retryAfter;

        CapReachedException(Usage usage) {
            super(ProblemType.TOO_MANY_REQUESTS, "More than " + usage.quota() + " Management API requests this minute; "
                    + "retry in " + usage.resetSeconds() + " seconds");
            this.retryAfter = usage.resetSeconds();
        }

        @Override
        public Long retryAfterSeconds() {
            return retryAfter;
        }
    }
}
