package dev.masthead.delivery;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.content.ContentLog;
import io.smallrye.common.vertx.ContextLocals;

/**
 * Answers a Delivery GET: serializes the body once, derives its ETag from the
 * bytes, adds Cache-Control, Last-Modified and Surrogate-Key, and answers 304
 * when the client already holds these bytes. The bytes are kept in the
 * {@link DeliveryCache}, so a repeated GET does no database work and no
 * serialization.
 */
@ApplicationScoped
public class DeliveryResponses {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    /** Where the REST layer leaves the matched route template; metrics tag requests with it. */
    static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    /** IMF-fixdate (RFC 9110 5.6.7): two-digit day, always GMT. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final ObjectMapper mapper;
    private final DeliveryCache cache;
    private final DocumentRenders documents;
    private final ContentLog log;
    private final String cacheControl;

    DeliveryResponses(ObjectMapper mapper, DeliveryCache cache, DocumentRenders documents, ContentLog log,
            DeliveryConfig config) {
        this.mapper = mapper;
        this.cache = cache;
        this.documents = documents;
        this.log = log;
        this.cacheControl = "public, max-age=" + config.maxAge() + ", stale-while-revalidate="
                + config.staleWhileRevalidate();
    }

    /**
     * Answers from this replica's cache when it holds the response for this
     * exact path and query; otherwise renders, keeps the bytes and answers.
     */
    public Response cached(UriInfo uri, HttpHeaders request, Supplier<Representation> render) {
        return cached(uri, request, render, false);
    }

    /**
     * {@link #cached} for a feed or sitemap: a cold render first takes one of
     * the few {@link DocumentRenders} permits, since it may hold megabytes.
     * Its Last-Modified is never earlier than the newest content change: a
     * document that lost an item (unpublished, deleted) changed then, later
     * than any item it still holds, and a client asking If-Modified-Since
     * must not be told otherwise.
     */
    public Response cachedDocument(UriInfo uri, HttpHeaders request, Supplier<Representation> render) {
        return cached(uri, request, render, true);
    }

    /**
     * Answers a Delivery GET whose JSON body is never kept: one that depends
     * on more than the content, such as a sync page (where its cursor stands,
     * how much of the log is still kept), and that would only push article
     * pages out of the cache. The ETag still comes from the bytes, so
     * If-None-Match answers 304; {@code cacheControl} replaces the usual
     * freshness.
     */
    public Response uncached(HttpHeaders request, Object body, String cacheControl) {
        byte[] bytes = serialize(body);
        String etag = etagOf(bytes);
        Response.ResponseBuilder response = notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), null, etag,
                null) ? Response.notModified() : Response.ok(bytes, MediaType.APPLICATION_JSON);
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    private Response cached(UriInfo uri, HttpHeaders request, Supplier<Representation> render, boolean document) {
        String key = keyOf(uri);
        CachedResponse hit = cache.get(key);
        if (hit != null) {
            return answer(hit, request);
        }
        cache.missed();
        long generation = cache.generation();
        Representation rendered = document ? documents.render(() -> noEarlierThanLastWrite(render.get())) : render.get();
        if (rendered.movedTo() != null) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(rendered.movedTo()).build();
        }
        byte[] bytes = rendered.body() instanceof byte[] finished ? finished : serialize(rendered.body());
        CachedResponse response = new CachedResponse(bytes, rendered.mediaType(), etagOf(bytes),
                rendered.lastModified(),
                rendered.surrogateKeys().isEmpty() ? null : String.join(" ", rendered.surrogateKeys()),
                rendered.link(), rendered.article(), rendered.expires(),
                ContextLocals.<String>get(ROUTE_TEMPLATE).orElse(null));
        cache.put(key, generation, response);
        return answer(response, request);
    }

    private Response answer(CachedResponse cached, HttpHeaders request) {
        Response.ResponseBuilder response = notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), cached.etag(), cached.lastModified())
                ? Response.notModified()
                : Response.ok(cached.body(), cached.mediaType());
        headers(cached, response::header);
        return response.build();
    }

    private Representation noEarlierThanLastWrite(Representation rendered) {
        Instant lastWrite = log.lastWrite();
        if (lastWrite == null || rendered.movedTo() != null
                || (rendered.lastModified() != null && !rendered.lastModified().isBefore(lastWrite))) {
            return rendered;
        }
        return new Representation(rendered.body(), rendered.mediaType(), lastWrite, rendered.surrogateKeys(),
                rendered.link(), rendered.article(), null, rendered.expires());
    }

    /** The headers a Delivery response carries, whichever path answers it. */
    void headers(CachedResponse cached, BiConsumer<String, String> header) {
        header.accept(HttpHeaders.ETAG, cached.etag());
        header.accept(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (cached.lastModified() != null) {
            header.accept(HttpHeaders.LAST_MODIFIED, httpDate(cached.lastModified()));
        }
        if (cached.surrogateKey() != null) {
            header.accept(SURROGATE_KEY, cached.surrogateKey());
        }
        if (cached.link() != null) {
            header.accept("Link", cached.link());
        }
    }

    /** Whether an Accept header takes this media type without negotiation: none, anything, or exactly it. */
    static boolean acceptsExactly(String accept, String mediaType) {
        if (accept == null || accept.equals("*/*")) {
            return true;
        }
        int parameters = mediaType.indexOf(';');
        return accept.equals(parameters < 0 ? mediaType : mediaType.substring(0, parameters).strip());
    }

    private static String keyOf(UriInfo uri) {
        URI requested = uri.getRequestUri();
        return keyOf(requested.getRawPath(), requested.getRawQuery());
    }

    /** The cache key: the path and query exactly as requested. */
    static String keyOf(String rawPath, String rawQuery) {
        return rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    }

    private byte[] serialize(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a Delivery response", e);
        }
    }

    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.trim()));
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
    }
}
