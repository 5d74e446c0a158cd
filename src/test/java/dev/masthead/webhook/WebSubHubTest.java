package dev.masthead.webhook;

import static dev.masthead.article.ArticleFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.content.Writes;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;
import dev.masthead.webhook.Receiver.Request;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code masthead.feeds.hub-url} set, a change to what a feed shows
 * pings the hub ({@code hub.mode=publish}) for every feed it changed, through
 * the webhook outbox. The hub row is pointed at the test's receiver.
 */
@QuarkusTest
@TestProfile(WebSubHubTest.WithHub.class)
class WebSubHubTest {

    public static class WithHub implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.feeds.hub-url", HUB);
        }
    }

    private static final String HUB = "http://127.0.0.1:9/hub";
    private static final String FEEDS = "https://news.example.com/feeds";

    @Inject
    WebhookRows rows;

    @Inject
    WebhookSecrets secrets;

    @Test
    void theHubSettingIsTheOneWebSubRow() {
        Map<String, Object> hub = rows.hub();
        assertTrue(hub.get("url").equals(HUB) || ((String) hub.get("url")).startsWith("http://127.0.0.1:"));
        assertEquals("*", hub.get("events"));
        assertEquals(true, hub.get("active"));
        assertTrue(secrets.open((UUID) hub.get("id"), (String) hub.get("secret")).isPresent());
        assertEquals(1, rows.count("select count(*) from webhook where kind = 'WEBSUB'"));
    }

    @Test
    void publishingPingsTheSiteFeedsAndThoseOfItsTagsAndAuthors() {
        try (Receiver hub = Receiver.start()) {
            rows.setUrl("WEBSUB", hub.url("/hub"));
            CreatedTag tag = TagFixtures.createTag("harbour");
            CreatedAuthor author = AuthorFixtures.createAuthor("reporter");
            var story = article().tag(tag.id()).author(author.id()).published();

            Set<String> expected = Set.of(FEEDS + "/rss.xml", FEEDS + "/atom.xml", FEEDS + "/feed.json",
                    FEEDS + "/tags/" + tag.slug() + "/rss.xml", FEEDS + "/tags/" + tag.slug() + "/atom.xml",
                    FEEDS + "/tags/" + tag.slug() + "/feed.json", FEEDS + "/authors/" + author.slug() + "/rss.xml",
                    FEEDS + "/authors/" + author.slug() + "/atom.xml",
                    FEEDS + "/authors/" + author.slug() + "/feed.json");
            List<Request> pings = hub.await(expected.size(), r -> true, Duration.ofSeconds(8));
            for (Request ping : pings) {
                assertEquals("application/x-www-form-urlencoded", ping.header("content-type"));
                assertTrue(ping.body().startsWith("hub.mode=publish&hub.url="), ping.body());
                assertNull(ping.header("webhook-signature"));
            }
            assertEquals(expected, topics(pings));
            assertEquals(pings.size(), topics(pings).size(), "one ping per feed in a batch");

            Writes.delete(Writes.article(story.id()));
            List<Request> after = hub.await(expected.size() + 3, r -> true, Duration.ofSeconds(8));
            // A deleted article's tags and authors are gone with it: the site's feeds only.
            assertEquals(Set.of(FEEDS + "/rss.xml", FEEDS + "/atom.xml", FEEDS + "/feed.json"),
                    topics(after.subList(expected.size(), after.size())));
        }
    }

    private static Set<String> topics(List<Request> pings) {
        return pings.stream()
                .map(ping -> URLDecoder.decode(ping.body().substring("hub.mode=publish&hub.url=".length()),
                        StandardCharsets.UTF_8))
                .collect(Collectors.toSet());
    }
}
