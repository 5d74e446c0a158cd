package dev.masthead.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a sane
 * token, else a fresh UUID. It goes back in the response header and into
 * every problem body, so a user's report can be matched to our logs.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "masthead.requestId";
    /** The log field (MDC key) every line of the request carries. */
    private static final String LOG_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Filters filters) {
        filters.register(this::assign, FilterOrder.REQUEST_ID);
    }

    private void assign(RoutingContext context) {
        ensure(context);
        context.next();
    }

    /**
     * The request's id, assigned now if the filter has not run: a request the
     * router refuses before any filter still gets one.
     */
    static String ensure(RoutingContext context) {
        String id = context.get(KEY);
        if (id == null) {
            String offered = context.request().getHeader(HEADER);
            id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : fresh();
            context.put(KEY, id);
            MDC.put(LOG_KEY, id);
            context.response().putHeader(HEADER, id);
        }
        return id;
    }

    /**
     * A random (version 4) UUID from the thread's own generator: request ids
     * need to be unique, not unguessable, and SecureRandom would be shared by
     * every request thread.
     */
    private static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(3L << 62)) | (1L << 63);
        return new UUID(high, low).toString();
    }

    public static String of(RoutingContext context) {
        if (context == null) {
            return null;
        }
        String id = context.get(KEY);
        return id;
    }
}
