package dev.masthead.web;

import jakarta.ws.rs.core.Application;

import dev.masthead.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the whole contract shares: info, tags, the bearer scheme, the
 * response headers and the problem responses that operations refer to by
 * name (see {@link dev.masthead.web.problem.ProblemType} for the catalogue
 * behind them). {@link ContractRules} decides which operation lists which of
 * them. It is the JAX-RS application class only because that is where the
 * generator looks for the definition; every resource is still discovered on
 * its own.
 */
@OpenAPIDefinition(
        info = @Info(title = "Masthead API", version = "1.0.0",
                description = "Delivery API (public, published content only, cacheable) and Management API "
                        + "(authenticated) of Masthead, a headless CMS for news publishers. Every error is "
                        + "RFC 9457 application/problem+json with a stable `code`. Any operation may answer 500 "
                        + "(a bug) or 503 (retry after Retry-After); a method a path does not list answers 405 with an "
                        + "`Allow` header (#/components/responses/MethodNotAllowed)."),
        servers = @Server(url = "/", description = "The service itself"),
        tags = {
                @Tag(name = ApiContract.DELIVERY_ARTICLES, description = "Published articles and the Recent Posts widget"),
                @Tag(name = ApiContract.DELIVERY_TAGS, description = "Tags with their published article counts"),
                @Tag(name = ApiContract.DELIVERY_AUTHORS, description = "Author profiles with their published article counts"),
                @Tag(name = ApiContract.DELIVERY_FEEDS, description = "RSS, Atom and JSON Feed of the site, a tag or an author"),
                @Tag(name = ApiContract.DELIVERY_SITEMAPS, description = "Sitemaps of published content for search engines, Google News included"),
                @Tag(name = ApiContract.DELIVERY_SEARCH, description = "Full-text search of published articles, with highlights and tag facets"),
                @Tag(name = ApiContract.DELIVERY_SYNC, description = "Delta sync for clients that keep a copy of the published content"),
                @Tag(name = ApiContract.DELIVERY_PREVIEWS, description = "Draft previews for a frontend's draft mode, opened by a preview token"),
                @Tag(name = ApiContract.MANAGEMENT_AUTH, description = "Signing in"),
                @Tag(name = ApiContract.MANAGEMENT_ARTICLES, description = "Writing, editing and publishing articles"),
                @Tag(name = ApiContract.MANAGEMENT_TAGS, description = "Managing tags"),
                @Tag(name = ApiContract.MANAGEMENT_AUTHORS, description = "Managing author profiles"),
                @Tag(name = ApiContract.MANAGEMENT_USERS, description = "Accounts and their roles"),
                @Tag(name = ApiContract.MANAGEMENT_API_KEYS, description = "API keys for integrators"),
                @Tag(name = ApiContract.MANAGEMENT_WEBHOOKS, description = "Signed webhooks: endpoints, their secrets "
                        + "and their delivery logs") },
        components = @Components(
                schemas = @Schema(name = "MergePatch", type = SchemaType.OBJECT,
                        description = "A JSON merge patch (RFC 7396) of the item's request body: members sent replace, "
                                + "null removes an optional member, absent members stay. May carry the version being changed."),
                securitySchemes = {
                        @SecurityScheme(securitySchemeName = ApiContract.BEARER, type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "JWT",
                                description = "A token from POST /api/v1/admin/auth/token, sent as Authorization: Bearer <token>. "
                                        + "What it may do follows the account's role: CONTRIBUTOR, AUTHOR, EDITOR or ADMIN."),
                        @SecurityScheme(securitySchemeName = ApiContract.API_KEY, type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "mh_ API key",
                                description = "An API key from POST /api/v1/admin/api-keys, sent as Authorization: Bearer <secret>. "
                                        + "Scope content:read reads all content, content:write also writes it."),
                        @SecurityScheme(securitySchemeName = ApiContract.PREVIEW, type = SecuritySchemeType.HTTP,
                                scheme = "bearer", bearerFormat = "mhp_ preview token",
                                description = "A preview token from POST /api/v1/admin/articles/{id}/preview, sent as "
                                        + "Authorization: Bearer <token> (or as ?token=). It opens that article's preview "
                                        + "until it expires, and nothing else."),
                        @SecurityScheme(securitySchemeName = ApiContract.PREVIEW_QUERY, type = SecuritySchemeType.APIKEY,
                                in = SecuritySchemeIn.QUERY, apiKeyName = "token",
                                description = "The same preview token as ?token=, for a link that cannot carry a header.") },
                headers = {
                        @Header(name = "ETag", description = "Validator of this representation; send it back in If-None-Match (Delivery) or If-Match (Management)",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Cache-Control", description = "Delivery: public, max-age and stale-while-revalidate; Management: no-store",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Last-Modified", description = "Latest change of the article, its tags or its authors",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Link", description = "RFC 8288 links to the next and previous pages",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Surrogate-Key", description = "Space-separated keys this response depends on, for CDN purges",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "Location", description = "URL of the created item", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                        @Header(name = "X-Request-Id", description = "This request's id, also in problem bodies",
                                schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "WWW-Authenticate", description = "Bearer", schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "RateLimit-Policy", description = "On every authenticated Management answer: the cap per "
                                + "account or API key, e.g. \"default\";q=1200;w=60 (requests per 60-second window; "
                                + "draft-ietf-httpapi-ratelimit-headers)", schema = @Schema(type = SchemaType.STRING)),
                        @Header(name = "RateLimit", description = "On every authenticated Management answer: what is left "
                                + "of the cap, e.g. \"default\";r=1150;t=42 (requests left; seconds until the window starts afresh)",
                                schema = @Schema(type = SchemaType.STRING)) },
                responses = {
                        @APIResponse(name = ApiContract.NOT_MODIFIED, responseCode = "304",
                                description = "Not modified: the client's copy (If-None-Match / If-Modified-Since) is current",
                                headers = { @Header(name = "ETag", ref = "ETag"), @Header(name = "Cache-Control", ref = "Cache-Control") }),
                        @APIResponse(name = ApiContract.BAD_REQUEST, responseCode = "400",
                                description = "Bad input: malformed JSON, invalid fields (see errors[]), unknown or invalid query parameters",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "invalidParameter", value = """
                                                {"type":"https://masthead.dev/problems/invalid-parameter","title":"Invalid query parameter","status":400,\
                                                "detail":"Query parameter 'pageSize': must be between 1 and 100","instance":"/api/v1/articles",\
                                                "code":"invalid-parameter","requestId":"5c63da08-c3d1-4619-a69b-72b9c42d4a8f",\
                                                "errors":[{"field":"pageSize","message":"must be between 1 and 100"}]}"""))),
                        @APIResponse(name = ApiContract.UNAUTHORIZED, responseCode = "401",
                                description = "No, invalid or expired credentials",
                                headers = { @Header(name = "WWW-Authenticate", ref = "WWW-Authenticate"),
                                        @Header(name = "X-Request-Id", ref = "X-Request-Id") },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.FORBIDDEN, responseCode = "403",
                                description = "The credential is valid but its role or scopes do not allow this",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.TOO_MANY_REQUESTS, responseCode = "429",
                                description = "Too many failed sign-ins, or Management requests this minute; retry after the "
                                        + "Retry-After seconds. A capped Management request also gets RateLimit-Policy and RateLimit, "
                                        + "as every authenticated Management answer does",
                                headers = { @Header(name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                        @Header(name = "RateLimit-Policy", ref = "RateLimit-Policy"),
                                        @Header(name = "RateLimit", ref = "RateLimit"),
                                        @Header(name = "X-Request-Id", ref = "X-Request-Id") },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.NOT_FOUND, responseCode = "404", description = "No such item",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "notFound", value = """
                                                {"type":"https://masthead.dev/problems/not-found","title":"Resource not found","status":404,\
                                                "detail":"No article published with slug 'budget-vote'","instance":"/api/v1/articles/budget-vote",\
                                                "code":"not-found","requestId":"1cfee1ec-42a3-4f53-a9ab-ec8b9b32b7ec"}"""))),
                        @APIResponse(name = ApiContract.NOT_ACCEPTABLE, responseCode = "406",
                                description = "No representation matches the Accept header",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.CONFLICT, responseCode = "409",
                                description = "Conflict: the slug is taken (code slug-taken) or the item is still in use (code conflict)",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.PRECONDITION_FAILED, responseCode = "412",
                                description = "The If-Match or version sent is not the current version: fetch again and reapply",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.PAYLOAD_TOO_LARGE, responseCode = "413", description = "The body is over 2 MB",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                                description = "The Content-Type is not the one this operation takes",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.PRECONDITION_REQUIRED, responseCode = "428",
                                description = "A write needs If-Match or a version in the body",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.METHOD_NOT_ALLOWED, responseCode = "405",
                                description = "The path exists but does not take this method; Allow lists the ones it takes. "
                                        + "No operation lists it: it is the answer to every method a path does not document.",
                                headers = { @Header(name = "Allow", description = "The methods this path takes, e.g. GET, HEAD, OPTIONS",
                                        schema = @Schema(type = SchemaType.STRING)),
                                        @Header(name = "X-Request-Id", ref = "X-Request-Id") },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.INTERNAL_ERROR, responseCode = "500",
                                description = "A bug on our side, never an answer to bad input; quote the requestId when reporting it",
                                headers = @Header(name = "X-Request-Id", ref = "X-Request-Id"),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiContract.SERVICE_UNAVAILABLE, responseCode = "503",
                                description = "The database is unreachable, or a write kept colliding with concurrent ones; "
                                        + "nothing was changed: retry after the Retry-After seconds",
                                headers = { @Header(name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                        @Header(name = "X-Request-Id", ref = "X-Request-Id") },
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))) }))
public class ApiContract extends Application {

    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";
    public static final String PREVIEW = "preview";
    public static final String PREVIEW_QUERY = "previewQuery";

    public static final String DELIVERY_ARTICLES = "Delivery: articles";
    public static final String DELIVERY_TAGS = "Delivery: tags";
    public static final String DELIVERY_AUTHORS = "Delivery: authors";
    public static final String DELIVERY_SEARCH = "Delivery: search";
    public static final String DELIVERY_FEEDS = "Delivery: feeds";
    public static final String DELIVERY_SITEMAPS = "Delivery: sitemaps";
    public static final String DELIVERY_PREVIEWS = "Delivery: previews";
    public static final String DELIVERY_SYNC = "Delivery: sync";
    public static final String MANAGEMENT_AUTH = "Management: auth";
    public static final String MANAGEMENT_ARTICLES = "Management: articles";
    public static final String MANAGEMENT_TAGS = "Management: tags";
    public static final String MANAGEMENT_AUTHORS = "Management: authors";
    public static final String MANAGEMENT_USERS = "Management: users";
    public static final String MANAGEMENT_API_KEYS = "Management: API keys";
    public static final String MANAGEMENT_WEBHOOKS = "Management: webhooks";

    public static final String NOT_MODIFIED = "NotModified";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String NOT_FOUND = "NotFound";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";

}
