import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import dev.masthead.text.Excerpts;
import dev.masthead.text.MarkdownRenderer;
import dev.masthead.text.RenderedText;
import dev.masthead.text.Slugs;

/**
 * Loads N published articles (about 1,000 words of Markdown with headings
 * each), 50 tags and 20 authors into a migrated Masthead PostgreSQL database,
 * with COPY. Bodies come from a pool rendered once by Masthead's own
 * renderer, so HTML, plaintext and excerpt are exactly what the service
 * derives.
 *
 *   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/Seed.java JDBC_URL USER ARTICLES
 */
public class Seed {

    private static final String[] WORDS = ("harbour council budget vote minister grain corridor transit strike "
            + "energy grid winter turbine election province coalition market rates inflation housing rent clinic "
            + "drone festival river salt farmers data startup court ruling weather flood school teachers union "
            + "exports shipping port quota tariff bridge railway airport tourism museum archive composer").split(" ");
    private static final int BODIES = 200;
    private static final int BATCH = 5_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int articles = Integer.parseInt(args[2]);
        Random random = new Random(42);
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String[]> bodies = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            String markdown = body(random);
            RenderedText text = renderer.render(markdown);
            bodies.add(new String[] { markdown, text.html(), text.plaintext(),
                    Excerpts.fromPlaintext(text.plaintext(), Excerpts.DEFAULT_LENGTH),
                    String.valueOf(text.wordCount()), String.valueOf(text.readingTimeMinutes()) });
        }
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            // lz4 compresses the large text columns several times faster than the default pglz.
            db.createStatement().execute("SET default_toast_compression = 'lz4'");
            db.createStatement().execute("SET synchronous_commit = off");
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<UUID> authors = people(db, "author", 20, now);
            List<UUID> tags = people(db, "tag", 50, now);
            StringBuilder articleRows = new StringBuilder();
            StringBuilder authorRows = new StringBuilder();
            StringBuilder tagRows = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                UUID id = UUID.randomUUID();
                String[] body = bodies.get(random.nextInt(BODIES));
                String title = title(random, i);
                Instant published = now.minusSeconds(i * 137L + random.nextInt(100));
                row(articleRows, id, Slugs.slugify(title), title, body[0], body[1], body[2], body[3], "f", body[4],
                        body[5], null, null, null, random.nextInt(20) == 0 ? "t" : "f", null, null, null, null,
                        "PUBLISHED", ts(published), ts(published), ts(published), "0", null, null);
                int authorCount = 1 + random.nextInt(2);
                for (int a = 0; a < authorCount; a++) {
                    row(authorRows, id, authors.get((i + a * 7) % authors.size()), String.valueOf(a), ts(published));
                }
                int tagCount = 1 + random.nextInt(4);
                for (int t = 0; t < tagCount; t++) {
                    row(tagRows, id, tags.get((i * 3 + t * 11) % tags.size()), String.valueOf(t), ts(published));
                }
                if ((i + 1) % BATCH == 0 || i == articles - 1) {
                    copy.copyIn("COPY article FROM STDIN", new StringReader(articleRows.toString()));
                    copy.copyIn("COPY article_author (article_id, author_id, position, published_at) FROM STDIN", new StringReader(authorRows.toString()));
                    copy.copyIn("COPY article_tag (article_id, tag_id, position, published_at) FROM STDIN", new StringReader(tagRows.toString()));
                    db.commit();
                    articleRows.setLength(0);
                    authorRows.setLength(0);
                    tagRows.setLength(0);
                    System.out.printf("%d articles%n", i + 1);
                }
            }
            // The counts the service keeps on every write (see DeliveryIndex).
            db.createStatement().execute("update tag t set published_articles = (select count(*) from article_tag x "
                    + "where x.tag_id = t.id and x.published_at is not null)");
            db.createStatement().execute("update author p set published_articles = (select count(*) from article_author x "
                    + "where x.author_id = p.id and x.published_at is not null)");
            db.createStatement().execute("update published_total set articles = "
                    + "(select count(*) from article where status = 'PUBLISHED')");
            db.commit();
            // As autovacuum would in time: planner statistics, and a visibility map for index-only scans.
            db.setAutoCommit(true);
            db.createStatement().execute("VACUUM ANALYZE");
        }
    }

    private static List<UUID> people(Connection db, String table, int count, Instant now) throws Exception {
        List<UUID> ids = new ArrayList<>();
        String sql = "insert into " + table + " (id, slug, name, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                String name = "Bench " + table + " " + (i + 1);
                insert.setObject(1, id);
                insert.setString(2, Slugs.slugify(name));
                insert.setString(3, name);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        }
        return ids;
    }

    private static String body(Random random) {
        StringBuilder markdown = new StringBuilder();
        for (int section = 0; section < 5; section++) {
            if (section > 0) {
                markdown.append("## ").append(capitalized(sentence(random, 4))).append("\n\n");
            }
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                for (int s = 0; s < 5; s++) {
                    markdown.append(capitalized(sentence(random, 16 + random.nextInt(8)))).append(". ");
                }
                markdown.append("\n\n");
            }
        }
        return markdown.toString();
    }

    private static String title(Random random, int i) {
        return capitalized(sentence(random, 6)) + " " + i;
    }

    private static String sentence(Random random, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sentence.toString();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String ts(Instant instant) {
        return instant.toString();
    }

    /** One COPY text-format row: tab-separated, \N for null, backslash escapes. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            if (values[i] == null) {
                out.append("\\N");
            } else {
                String value = values[i].toString();
                for (int c = 0; c < value.length(); c++) {
                    char ch = value.charAt(c);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }
}
