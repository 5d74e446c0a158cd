package dev.masthead.search;

import static dev.masthead.article.ArticleFixtures.article;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.masthead.tag.TagFixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Ranking, on PostgreSQL only (the H2 fallback matches but ranks plainly): a
 * dozen articles written for it, and for each query the one a reader means.
 * They share a tag of their own; each query filters by it, so nothing else
 * in the suite's database takes part.
 */
@QuarkusTest
@EnabledIf("dev.masthead.Databases#postgres")
class SearchRelevancePostgresTest {

    private static final Map<String, String[]> NEWSROOM = new LinkedHashMap<>();
    private static final Map<String, String> SLUGS = new LinkedHashMap<>();
    private static String tagSlug;

    static {
        NEWSROOM.put("containers", new String[] { "Port of Halden handles record container volumes",
                "Container traffic through the port rose by a fifth. Shipping lines added calls; the quay cranes ran "
                        + "around the clock to clear the backlog." });
        NEWSROOM.put("budget", new String[] { "Council approves harbour budget for next year",
                "The council voted the harbour budget through after a long debate on dredging and the new quay. "
                        + "The opposition wanted more for the railway." });
        NEWSROOM.put("dock-strike", new String[] { "Dock workers strike over pay",
                "Dockers at the port walked out at dawn. The union says pay has fallen behind inflation; the "
                        + "harbour authority calls the strike unlawful." });
        NEWSROOM.put("railway", new String[] { "Winter storms close the coastal railway",
                "Fallen trees and a flooded cutting closed the line between the two towns. Buses replace trains." });
        NEWSROOM.put("election", new String[] { "Provincial election: coalition talks collapse",
                "After the election the two largest parties failed to agree. The minister of finance resigned from "
                        + "the talks; a new coalition is not in sight." });
        NEWSROOM.put("ferries", new String[] { "Türkiye and Greece agree on new ferry routes",
                "Ministers signed the agreement in Izmir. Three ferry routes will link the islands to the mainland "
                        + "from spring." });
        NEWSROOM.put("grain", new String[] { "Grain corridor reopens after six weeks",
                "Ships loaded with grain left the port this morning. Exports had stalled since the corridor closed; "
                        + "the railway to the port carried grain the whole time, and railway crews worked double "
                        + "shifts, and railway sidings filled." });
        NEWSROOM.put("inflation", new String[] { "Inflation slows as energy prices fall",
                "Consumer prices rose less than expected. Cheaper energy did most of it; rents still climb." });
        NEWSROOM.put("composer", new String[] { "Museum opens archive of a composer's letters",
                "Four hundred letters, most never read in public, go on show. The composer wrote them to his sister." });
        NEWSROOM.put("flood", new String[] { "Flood defences tested as the river rises",
                "The river crested a metre below the wall. Engineers say the new defences held; the flood warning "
                        + "stays until the weekend." });
        NEWSROOM.put("drones", new String[] { "Startup raises funds for drone deliveries",
                "The startup will fly medicines to the islands. Regulators approved trials over the sea." });
        NEWSROOM.put("school-strike", new String[] { "Teachers' union calls off school strike",
                "Schools open as usual on Monday. The union accepted the offer on class sizes." });
    }

    /** Once for all queries; RestAssured knows the app's port only once a test runs. */
    private static synchronized void writeTheNewsroom() {
        if (tagSlug != null) {
            return;
        }
        TagFixtures.CreatedTag tag = TagFixtures.createTag("relevance");
        tagSlug = tag.slug();
        NEWSROOM.forEach((key, article) -> SLUGS.put(key,
                article().title(article[0]).markdown(article[1]).tag(tag.id()).published().slug()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "container volumes | containers",
            "harbour budget | budget",
            "dock strike | dock-strike",
            "railway | railway",
            "elections coalition | election",
            "Turkiye ferry | ferries",
            "grain exports | grain",
            "composer letters | composer",
            "flood river | flood",
            "school strike -dock | school-strike",
            "\"energy prices\" | inflation",
            "drone or drones | drones" })
    void theArticleMeantRanksFirst(String q, String meant) {
        writeTheNewsroom();
        List<String> slugs = given().queryParam("q", q).queryParam("tag", tagSlug).get("/api/v1/search")
                .then().statusCode(200).extract().path("data.slug");
        assertEquals(SLUGS.get(meant), slugs.isEmpty() ? null : slugs.get(0), q + " found " + slugs);
    }
}
