package dev.masthead.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.auth.Actor;
import dev.masthead.site.Permalinks;
import dev.masthead.web.problem.InvalidRequestException;
import io.quarkus.runtime.Startup;

/**
 * Draft previews: whoever may read an article in the Management API may hand
 * out a token that shows it, current and whatever its status, to a frontend's
 * draft mode for a while (at most {@link #MAX_TTL}); the token opens that one
 * article's preview and nothing else. The frontend URL template is checked at
 * start, so a broken one stops the service instead of every preview link.
 */
@Startup
@ApplicationScoped
public class ArticlePreviews {

    static final Duration DEFAULT_TTL = Duration.ofHours(1);
    static final Duration MIN_TTL = Duration.ofMinutes(1);
    static final Duration MAX_TTL = Duration.ofDays(7);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final ArticleService articles;
    private final PreviewTokens tokens;
    private final PreviewReads reads;
    private final Clock clock;
    private final String site;
    private final String template;

    ArticlePreviews(ArticleService articles, PreviewTokens tokens, PreviewReads reads, Clock clock,
            Permalinks permalinks, PreviewConfig config) {
        this.articles = articles;
        this.tokens = tokens;
        this.reads = reads;
        this.clock = clock;
        this.site = permalinks.home().substring(0, permalinks.home().length() - 1);
        this.template = checked(config.urlTemplate());
    }

    /** A token for the preview of an article the actor may read (404 otherwise), valid for {@code ttl}. */
    public PreviewView issue(UUID id, PreviewRequest request, Actor actor) {
        Duration ttl = ttl(request == null ? null : request.ttl());
        ArticleAdminView article = articles.get(id, actor);
        PreviewTokens.Issued issued = tokens.issue(id, ttl);
        return new PreviewView(issued.token(), issued.expiresAt(), fill(template, issued.token(), article.slug(), id));
    }

    /** The article's current state in the Delivery shape, if the token opens it; a 401 otherwise. */
    public ArticleView read(UUID id, String token) {
        if (token == null || token.isEmpty()) {
            throw new PreviewTokenInvalidException("Send the preview token as Authorization: Bearer <token> or ?token=");
        }
        if (!tokens.opens(token, id)) {
            throw new PreviewTokenInvalidException("This preview token is invalid, expired or for another article; "
                    + "ask for a new preview link");
        }
        return reads.byId(id, clock.instant()).orElseThrow(() -> new ArticleNotFoundException("with id " + id));
    }

    private static Duration ttl(String text) {
        if (text == null) {
            return DEFAULT_TTL;
        }
        Duration ttl;
        try {
            ttl = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("ttl", "must be an ISO-8601 duration such as PT1H or P2D");
        }
        if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
            throw new InvalidRequestException("ttl", "must be between " + MIN_TTL + " and P7D");
        }
        return ttl;
    }

    private String fill(String template, String token, String slug, UUID id) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder url = new StringBuilder();
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "site" -> site;
                case "token" -> token;
                case "slug" -> slug;
                case "id" -> id.toString();
                default -> throw new IllegalStateException("masthead.preview.url-template: unknown placeholder {"
                        + placeholder.group(1) + "}; use {site}, {token}, {slug} or {id}");
            };
            // Tokens, slugs and ids are URL-safe as they are: nothing to escape.
            placeholder.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(url).toString();
    }

    private String checked(String template) {
        if (!template.contains("{token}")) {
            throw new IllegalStateException("masthead.preview.url-template must contain {token}: " + template);
        }
        String sample = fill(template, PreviewTokens.PREFIX + "sample.sample", "sample-slug", new UUID(0, 0));
        try {
            URI uri = new URI(sample);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalStateException("masthead.preview.url-template must make an absolute http or https "
                        + "URL: " + template);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("masthead.preview.url-template does not make a valid URL: " + template, e);
        }
        return template;
    }
}
