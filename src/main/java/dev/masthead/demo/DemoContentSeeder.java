package dev.masthead.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.masthead.article.ArticleAdminView;
import dev.masthead.article.ArticleRequest;
import dev.masthead.article.ArticleService;
import dev.masthead.article.PublishRequest;
import dev.masthead.auth.Actor;
import dev.masthead.author.AuthorAdminView;
import dev.masthead.author.AuthorRequest;
import dev.masthead.author.AuthorService;
import dev.masthead.tag.TagAdminView;
import dev.masthead.tag.TagRequest;
import dev.masthead.tag.TagService;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills an empty database with a small fictional newsroom, so that
 * {@code quarkus:dev} shows a realistic front page. Dev profile only.
 */
@ApplicationScoped
public class DemoContentSeeder {

    private static final Logger LOG = Logger.getLogger(DemoContentSeeder.class);
    private static final String RESOURCE = "demo/newsroom.json";

    private final ArticleService articles;
    private final AuthorService authors;
    private final TagService tags;
    private final ObjectMapper mapper;

    DemoContentSeeder(ArticleService articles, AuthorService authors, TagService tags, ObjectMapper mapper) {
        this.articles = articles;
        this.authors = authors;
        this.tags = tags;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "masthead.demo.enabled") boolean enabled)
            throws IOException {
        if (enabled && !articles.anyArticleExists()) {
            seed(read());
        }
    }

    @Transactional
    void seed(DemoNewsroom newsroom) {
        Map<String, UUID> authorIds = new HashMap<>();
        for (DemoNewsroom.DemoAuthor a : newsroom.authors()) {
            AuthorAdminView author = authors.create(
                    new AuthorRequest(a.name(), null, a.bio(), a.avatarUrl(), a.website(), null));
            authorIds.put(a.key(), author.id());
        }
        Map<String, UUID> tagIds = new HashMap<>();
        for (DemoNewsroom.DemoTag t : newsroom.tags()) {
            TagAdminView tag = tags.create(new TagRequest(t.name(), null, t.description(), null));
            tagIds.put(t.key(), tag.id());
        }
        Instant now = Instant.now();
        int published = 0;
        for (DemoNewsroom.DemoArticle a : newsroom.articles()) {
            ArticleAdminView article = articles.create(new ArticleRequest(a.title(), a.markdown(), null, a.excerpt(),
                    a.authors().stream().map(authorIds::get).toList(), a.tags().stream().map(tagIds::get).toList(),
                    a.featured(), a.featureImage(), a.seo(), null), Actor.system());
            if ("PUBLISHED".equals(a.status())) {
                // Spread over the day too, so the front page does not show identical times.
                Instant at = now.minus(Duration.ofDays(a.publishedDaysAgo())).minus(Duration.ofMinutes(37L * published + 5));
                articles.publish(article.id(), new PublishRequest(at), null, Actor.system());
                published++;
            }
        }
        LOG.infof("Demo newsroom seeded: %d articles (%d published), %d authors, %d tags",
                newsroom.articles().size(), published, newsroom.authors().size(), newsroom.tags().size());
    }

    private DemoNewsroom read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the classpath");
            }
            return mapper.readValue(in, DemoNewsroom.class);
        }
    }
}
