package dev.masthead.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers a Delivery GET: serializes the body once, derives its ETag from the
 * bytes, adds Cache-Control, Last-Modified and Surrogate-Key, and answers 304
 * when the client already holds these bytes.
 */
@ApplicationScoped
public class DeliveryResponses {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    /** IMF-fixdate (RFC 9110 5.6.7): two-digit day, always GMT. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final ObjectMapper mapper;
    private final String cacheControl;

    DeliveryResponses(ObjectMapper mapper, DeliveryCacheConfig config) {
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.maxAge() + ", stale-while-revalidate="
                + config.staleWhileRevalidate();
    }

    public Response ok(Object body, HttpHeaders request, Instant lastModified, Collection<String> surrogateKeys,
            String link) {
        byte[] bytes = serialize(body);
        String etag = etagOf(bytes);
        Response.ResponseBuilder response = notModified(request, etag, lastModified)
                ? Response.notModified()
                : Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE);
        response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (lastModified != null) {
            response.header(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
        }
        if (!surrogateKeys.isEmpty()) {
            response.header(SURROGATE_KEY, String.join(" ", surrogateKeys));
        }
        if (link != null) {
            response.header("Link", link);
        }
        return response.build();
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
    static boolean notModified(HttpHeaders request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
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
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
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
