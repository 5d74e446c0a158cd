package dev.masthead.web;

/**
 * The order of the Vert.x filters every request passes before it is routed,
 * in one place. Quarkus runs the highest priority first; each filter below
 * relies on those above it:
 * <ol>
 * <li>{@link RequestIds}: every later answer, a refusal included, carries the id.</li>
 * <li>{@link BrowserPolicy}: security and CORS headers go on every answer, even a refusal.</li>
 * <li>{@link BodySizeLimit}: an oversize body is refused before anything reads it.</li>
 * <li>{@code delivery.DeliveryFastPath}: answers a cached Delivery GET last, so that answer
 * carries every header the filters above set.</li>
 * </ol>
 * Behind them, in RESTEasy: {@code auth.ManagementRateLimit} counts a Management
 * call once its credential is verified, before routing; {@link QueryParameterGuard}
 * refuses unknown query parameters before a resource method runs. When the
 * router fails a request, before, inside or after these filters,
 * {@link RoutingFailures} answers; it runs first of all failure handlers.
 */
public final class FilterOrder {

    public static final int REQUEST_ID = 1000;
    public static final int BROWSER_POLICY = 950;
    public static final int BODY_SIZE_LIMIT = 900;
    public static final int DELIVERY_FAST_PATH = 100;

    private FilterOrder() {
    }
}
