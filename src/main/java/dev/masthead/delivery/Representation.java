package dev.masthead.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a Delivery endpoint renders for {@link DeliveryResponses}: a body with
 * the headers its content implies, or a permanent redirect (never cached).
 *
 * @param article the article an article page shows; null for lists, tag and author pages
 */
public record Representation(Object body, Instant lastModified, List<String> surrogateKeys, String link,
        UUID article, URI movedTo) {

    public static Representation list(Object body, String surrogateKey, String link) {
        return new Representation(body, null, List.of(surrogateKey), link, null, null);
    }

    public static Representation page(Object body, String surrogateKey) {
        return new Representation(body, null, List.of(surrogateKey), null, null, null);
    }

    public static Representation article(Object body, UUID id, Instant lastModified, List<String> surrogateKeys) {
        return new Representation(body, lastModified, surrogateKeys, null, id, null);
    }

    public static Representation moved(URI location) {
        return new Representation(null, null, List.of(), null, null, location);
    }
}
