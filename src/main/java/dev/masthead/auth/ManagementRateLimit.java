package dev.masthead.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.web.FilterOrder;
import dev.masthead.web.problem.Problem;
import dev.masthead.web.problem.ProblemResponses;
import dev.masthead.web.problem.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Caps Management API requests per credential (token or API key) and
 * minute, so a runaway script or integrator cannot starve the newsroom: over
 * the cap, 429 with Retry-After until the minute ends. Counted per replica.
 */
@ApplicationScoped
public class ManagementRateLimit {

    private static final String MANAGEMENT = "/api/v1/admin/";
    private static final String SIGN_IN = "/api/v1/admin/auth/";
    /** Forget idle credentials now and then; a minute's window is all that matters. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final ObjectMapper mapper;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    ManagementRateLimit(AuthConfig config, ObjectMapper mapper) {
        this.perMinute = config.requestsPerMinute();
        this.mapper = mapper;
    }

    void register(@Observes Filters filters) {
        filters.register(this::count, FilterOrder.MANAGEMENT_RATE_LIMIT);
    }

    private void count(RoutingContext context) {
        String path = context.normalizedPath();
        String credential = context.request().getHeader("Authorization");
        if (credential == null || !path.startsWith(MANAGEMENT) || path.startsWith(SIGN_IN)) {
            context.next();
            return;
        }
        long minute = Instant.now().getEpochSecond() / 60;
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.merge(credential, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() > perMinute) {
            refuse(context, 60 - Instant.now().getEpochSecond() % 60);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, long retryAfter) {
        Problem problem = ProblemResponses.problem(ProblemType.TOO_MANY_REQUESTS,
                "More than " + perMinute + " Management API requests this minute; retry in " + retryAfter + " seconds",
                List.of(), context);
        try {
            context.response().setStatusCode(429)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", String.valueOf(retryAfter))
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(429);
        }
    }

    private record Window(long minute, int count) {
    }
}
