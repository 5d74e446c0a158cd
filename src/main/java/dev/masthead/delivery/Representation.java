package dev.masthead.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;

/**
 * What a Delivery endpoint renders for {@link DeliveryResponses}: a body with
 * the headers its content implies, or a permanent redirect (never cached).
 *
 * @param body a record serialized as JSON, or the finished bytes of any other media type
 * @param mediaType the Content-Type sent with the body
 * @param article the article an article page shows; null for lists, tag and author pages
 * @param expires when the body goes stale without any content change (a window of
 *        time such as "the last 48 hours" moves on); null when only a change makes it stale
 */
public record Representation(Object body, String mediaType, Instant lastModified, List<String> surrogateKeys,
        String link, UUID article, URI movedTo, Instant expires) {

    public static Representation list(Object body, String surrogateKey, String link) {
        return new Representation(body, MediaType.APPLICATION_JSON, null, List.of(surrogateKey), link, null, null, null);
    }

    public static Representation page(Object body, String surrogateKey) {
        return new Representation(body, MediaType.APPLICATION_JSON, null, List.of(surrogateKey), null, null, null, null);
    }

    public static Representation article(Object body, UUID id, Instant lastModified, List<String> surrogateKeys) {
        return new Representation(body, MediaType.APPLICATION_JSON, lastModified, surrogateKeys, null, id, null, null);
    }

    /** A feed or sitemap: anything over many articles, in its own media type. */
    public static Representation document(Object body, String mediaType, Instant lastModified,
            List<String> surrogateKeys, String link, Instant expires) {
        return new Representation(body, mediaType, lastModified, surrogateKeys, link, null, null, expires);
    }

    public static Representation moved(URI location) {
        return new Representation(null, null, null, List.of(), null, null, location, null);
    }
}
