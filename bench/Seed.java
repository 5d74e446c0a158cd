import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * each), 20 authors and a newsroom's tags into a migrated Masthead PostgreSQL
 * database, with COPY, deterministically (fixed Random seeds; only ids and
 * the clock differ between runs). Bodies come from a pool of 2,000 rendered
 * once by Masthead's own renderer, so HTML, plaintext and excerpt are exactly
 * what the service derives.
 *
 * The corpus is shaped for search and related-article benchmarks:
 * - bodies mix the news words below with 4,000 pronounceable pseudo-words
 *   drawn Zipf-like (a few words in every body, a long tail in few), and
 *   in about 2% of bodies an accented name (Türkiye, São Paulo, Zürich, Kraków, café);
 * - each title adds two pseudo-words that never occur in bodies (4,000 of
 *   them, uniform), so title words are selective (about N/2,000 articles each);
 * - tags are skewed like a newsroom's: "News" on about half the articles, six
 *   sections on about 10% each, and N/250 story tags (a few hundred articles
 *   each, time-local: a story runs for a few days of publishing), 2-5 tags an
 *   article with the section (or a story) first.
 * At the end it prints example searches with their exact match counts
 * (articles whose title or body holds the words, before any stemming) and
 * article slugs for related-article requests, and keeps the same in the table
 * bench_seed_example for bench/search.sh.
 *
 *   java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" bench/Seed.java JDBC_URL USER ARTICLES
 */
public class Seed {

    private static final String[] WORDS = ("harbour council budget vote minister grain corridor transit strike "
            + "energy grid winter turbine election province coalition market rates inflation housing rent clinic "
            + "drone festival river salt farmers data startup court ruling weather flood school teachers union "
            + "exports shipping port quota tariff bridge railway airport tourism museum archive composer").split(" ");
    private static final String[] NAMES = { "Türkiye", "São Paulo", "Zürich", "Kraków", "café" };
    private static final String[] SECTIONS = { "Politics", "Business", "World", "Sport", "Culture", "Science" };
    private static final String[] STORY_NOUNS = ("inquiry talks strike trial election floods summit merger protest "
            + "scandal recall drought festival transfer verdict outbreak").split(" ");
    private static final int BODIES = 2_000;
    private static final int BODY_VOCABULARY = 4_000;
    private static final int TITLE_VOCABULARY = 4_000;
    /** Zipf exponent of the body pseudo-words: the top word about 17% of them, rank 4,000 in about 1% of bodies. */
    private static final double ZIPF = 1.1;
    /** Share of body words that are the news words (each then in every body). */
    private static final double NEWS_SHARE = 0.3;
    private static final double NAME_IN_BODY = 0.02;
    private static final double NAME_IN_TITLE = 0.002;
    private static final int BATCH = 5_000;

    private static String[] bodyWords;
    private static String[] titleWords;
    private static double[] zipfCumulative;

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String url = args[0];
        String user = args[1];
        int articles = Integer.parseInt(args[2]);
        Random random = new Random(42);
        String[] vocabulary = vocabulary(new Random(7), BODY_VOCABULARY + TITLE_VOCABULARY);
        bodyWords = java.util.Arrays.copyOfRange(vocabulary, 0, BODY_VOCABULARY);
        titleWords = java.util.Arrays.copyOfRange(vocabulary, BODY_VOCABULARY, vocabulary.length);
        zipfCumulative = new double[BODY_VOCABULARY];
        double sum = 0;
        for (int r = 0; r < BODY_VOCABULARY; r++) {
            sum += Math.pow(r + 1, -ZIPF);
            zipfCumulative[r] = sum;
        }
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String[]> bodies = new ArrayList<>();
        BitSet[] bodyHas = new BitSet[BODIES];
        int[] bodyName = new int[BODIES];
        for (int i = 0; i < BODIES; i++) {
            bodyHas[i] = new BitSet(BODY_VOCABULARY);
            bodyName[i] = random.nextDouble() < NAME_IN_BODY ? random.nextInt(NAMES.length) : -1;
            String markdown = body(random, bodyHas[i], bodyName[i]);
            RenderedText text = renderer.render(markdown);
            bodies.add(new String[] { markdown, text.html(), text.plaintext(),
                    Excerpts.fromPlaintext(text.plaintext(), Excerpts.DEFAULT_LENGTH),
                    String.valueOf(text.wordCount()), String.valueOf(text.readingTimeMinutes()) });
        }
        // Chosen before the articles are drawn, so their exact counts come from the same pass.
        int filterWord = 99;
        int[] usage = new int[BODIES];
        short[] titleA = new short[articles];
        short[] titleB = new short[articles];
        long[] nameMatches = new long[NAMES.length];
        long filterMatches = 0;
        List<String> nicheSlugs = new ArrayList<>();
        List<String> broadSlugs = new ArrayList<>();
        int step = Math.max(1, articles / 20);
        boolean broadWanted = false;
        int stories = Math.max(20, articles / 250);
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            db.setAutoCommit(false);
            // lz4 compresses the large text columns several times faster than the default pglz.
            db.createStatement().execute("SET default_toast_compression = 'lz4'");
            db.createStatement().execute("SET synchronous_commit = off");
            // The search index is built once after the load (see indexForSearch), not by the triggers row by row.
            db.createStatement().execute("SET session_replication_role = replica");
            List<String> searchIndexes = dropSearchIndexes(db);
            String articleColumns = articleColumns(db);
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<String> authorNames = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                authorNames.add("Bench author " + (i + 1));
            }
            List<UUID> authors = insert(db, "author", authorNames, now);
            // 0 is News, 1-6 the sections, then the stories in publishing order (0 the newest).
            List<String> tagNames = new ArrayList<>(List.of("News"));
            tagNames.addAll(List.of(SECTIONS));
            tagNames.addAll(storyNames(new Random(11), stories));
            List<UUID> tags = insert(db, "tag", tagNames, now);
            double[] popularity = new double[stories];
            for (int s = 0; s < stories; s++) {
                popularity[s] = Math.min(1, Math.exp(0.8 * random.nextGaussian()) / 5);
            }
            StringBuilder articleRows = new StringBuilder();
            StringBuilder authorRows = new StringBuilder();
            StringBuilder tagRows = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                UUID id = UUID.randomUUID();
                int b = random.nextInt(BODIES);
                usage[b]++;
                String[] body = bodies.get(b);
                int a = random.nextInt(TITLE_VOCABULARY);
                int c = random.nextInt(TITLE_VOCABULARY - 1);
                c = c >= a ? c + 1 : c;
                titleA[i] = (short) a;
                titleB[i] = (short) c;
                int titleName = random.nextDouble() < NAME_IN_TITLE ? random.nextInt(NAMES.length) : -1;
                for (int n = 0; n < NAMES.length; n++) {
                    if (n == titleName || n == bodyName[b]) {
                        nameMatches[n]++;
                    }
                }
                String title = title(random, i, a, c, titleName);
                String slug = Slugs.slugify(title);
                Instant published = now.minusSeconds(i * 137L + random.nextInt(100));
                row(articleRows, id, slug, title, body[0], body[1], body[2], body[3], "f", body[4],
                        body[5], null, null, null, random.nextInt(20) == 0 ? "t" : "f", null, null, null, null,
                        "PUBLISHED", ts(published), ts(published), ts(published), "0", null, null);
                int authorCount = 1 + random.nextInt(2);
                for (int x = 0; x < authorCount; x++) {
                    row(authorRows, id, authors.get((i + x * 7) % authors.size()), String.valueOf(x), ts(published));
                }
                List<Integer> articleTags = tagsOf(random, i, articles, stories, popularity);
                for (int t = 0; t < articleTags.size(); t++) {
                    row(tagRows, id, tags.get(articleTags.get(t)), String.valueOf(t), ts(published));
                }
                if (articleTags.contains(1) && bodyHas[b].get(filterWord)) {
                    filterMatches++;
                }
                boolean broadOnly = articleTags.stream().allMatch(t -> t <= SECTIONS.length);
                if (i % step == 0) {
                    broadWanted = true;
                    if (!broadOnly && nicheSlugs.size() < 20) {
                        nicheSlugs.add(slug);
                    }
                }
                if (broadWanted && broadOnly && broadSlugs.size() < 20) {
                    broadSlugs.add(slug);
                    broadWanted = false;
                }
                if ((i + 1) % BATCH == 0 || i == articles - 1) {
                    copy.copyIn("COPY article (" + articleColumns + ") FROM STDIN", new StringReader(articleRows.toString()));
                    copy.copyIn("COPY article_author (article_id, author_id, position, published_at) FROM STDIN", new StringReader(authorRows.toString()));
                    copy.copyIn("COPY article_tag (article_id, tag_id, position, published_at) FROM STDIN", new StringReader(tagRows.toString()));
                    db.commit();
                    articleRows.setLength(0);
                    authorRows.setLength(0);
                    tagRows.setLength(0);
                    System.out.printf("%d articles, %d s%n", i + 1, (System.nanoTime() - started) / 1_000_000_000L);
                }
            }
            // The counts the service keeps on every write (see DeliveryIndex).
            db.createStatement().execute("update tag t set published_articles = (select count(*) from article_tag x "
                    + "where x.tag_id = t.id and x.published_at is not null)");
            db.createStatement().execute("update author p set published_articles = (select count(*) from article_author x "
                    + "where x.author_id = p.id and x.published_at is not null)");
            db.createStatement().execute("update published_total set articles = "
                    + "(select count(*) from article where status = 'PUBLISHED')");
            List<String[]> examples = examples(bodies, bodyHas, bodyName, usage, titleA, titleB, nameMatches,
                    filterWord, filterMatches, articles);
            for (String slug : nicheSlugs) {
                examples.add(new String[] { "related-niche", slug, "", "has a story tag" });
            }
            for (String slug : broadSlugs) {
                examples.add(new String[] { "related-broad", slug, "", "only News and/or a section" });
            }
            keep(db, examples);
            db.commit();
            indexForSearch(url, user, db, searchIndexes, started);
            // As autovacuum would in time: planner statistics, and a visibility map for index-only scans.
            db.setAutoCommit(true);
            db.createStatement().execute("VACUUM ANALYZE");
            System.out.println("== examples (kind, value, exact matches, note; also in table bench_seed_example)");
            for (String[] e : examples) {
                System.out.println(String.join("\t", e));
            }
            System.out.printf("== seeded %d articles, %d tags (%d stories) in %d s%n", articles, tags.size(), stories,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    /** Distinct pronounceable lowercase words of consonant-vowel syllables ending in a, o or u (no stemmer suffix). */
    private static String[] vocabulary(Random random, int size) {
        String[] onsets = "b d f g k l m n p r s t v z br dr kr pl st tr".split(" ");
        String vowels = "aeiou";
        String finals = "aou";
        Set<String> reserved = new HashSet<>(List.of(WORDS));
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            double r = random.nextDouble();
            int syllables = r < 0.3 ? 2 : r < 0.8 ? 3 : 4;
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(onsets[random.nextInt(onsets.length)]);
                word.append(s == syllables - 1 ? finals.charAt(random.nextInt(finals.length()))
                        : vowels.charAt(random.nextInt(vowels.length())));
            }
            if (!reserved.contains(word.toString())) {
                words.add(word.toString());
            }
        }
        return words.toArray(new String[0]);
    }

    private static List<String> storyNames(Random random, int stories) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < stories) {
            String place = names.size() % 97 == 3 ? NAMES[random.nextInt(NAMES.length - 1)]
                    : capitalized(titleWords[random.nextInt(titleWords.length)]);
            names.add(place + " " + STORY_NOUNS[random.nextInt(STORY_NOUNS.length)]);
        }
        return new ArrayList<>(names);
    }

    /**
     * An article's tags as indexes (0 News, 1-6 sections, then stories): 2-5 of them, the section
     * first if any, else a story; stories near the article in publishing order, popular ones more often.
     */
    private static List<Integer> tagsOf(Random random, int i, int articles, int stories, double[] popularity) {
        int count = 2 + random.nextInt(4);
        boolean news = random.nextDouble() < 0.5;
        int section = random.nextDouble() < 0.6 ? random.nextInt(SECTIONS.length) : -1;
        List<Integer> chosen = new ArrayList<>(count);
        if (section >= 0) {
            chosen.add(1 + section);
        }
        int storyCount = count - (news ? 1 : 0) - (section >= 0 ? 1 : 0);
        double centre = (double) i / articles * stories;
        while (chosen.size() < (section >= 0 ? 1 : 0) + storyCount) {
            int s = (int) Math.round(centre + 3 * random.nextGaussian());
            s = s < 0 ? -s : s >= stories ? 2 * stories - 2 - s : s;
            s = Math.max(0, Math.min(stories - 1, s));
            int tag = 1 + SECTIONS.length + s;
            if (random.nextDouble() < popularity[s] && !chosen.contains(tag)) {
                chosen.add(tag);
            }
        }
        if (news) {
            chosen.add(0);
        }
        return chosen;
    }

    private static List<String[]> examples(List<String[]> bodies, BitSet[] bodyHas, int[] bodyName, int[] usage,
            short[] titleA, short[] titleB, long[] nameMatches, int filterWord, long filterMatches, int articles) {
        long[] df = new long[BODY_VOCABULARY];
        for (int b = 0; b < BODIES; b++) {
            for (int w = bodyHas[b].nextSetBit(0); w >= 0; w = bodyHas[b].nextSetBit(w + 1)) {
                df[w] += usage[b];
            }
        }
        long[] titleDf = new long[TITLE_VOCABULARY];
        for (int i = 0; i < articles; i++) {
            titleDf[titleA[i]]++;
            titleDf[titleB[i]]++;
        }
        List<String[]> examples = new ArrayList<>();
        int common = 0;
        int half = closest(df, articles / 2.0, -1);
        int fifth = closest(df, articles / 5.0, -1);
        int fifth2 = closest(df, articles / 5.0, fifth);
        int percent = closest(df, articles / 100.0, -1);
        int rarest = 0;
        for (int w = 0; w < BODY_VOCABULARY; w++) {
            if (df[w] > 0 && df[w] < df[rarest] || df[rarest] == 0) {
                rarest = w;
            }
        }
        for (int rank : new int[] { 0, 9, 99, 999, 3999 }) {
            examples.add(new String[] { "word-rank", bodyWords[rank], String.valueOf(df[rank]),
                    "body word of frequency rank " + (rank + 1) });
        }
        examples.add(new String[] { "rare", titleWords[0], String.valueOf(titleDf[0]), "a title-only word" });
        examples.add(new String[] { "rare", bodyWords[rarest], String.valueOf(df[rarest]), "the rarest body word" });
        examples.add(new String[] { "one-percent", bodyWords[percent], String.valueOf(df[percent]), "in about 1% of bodies" });
        examples.add(new String[] { "common", bodyWords[common], String.valueOf(df[common]), "the most frequent body word" });
        examples.add(new String[] { "common", WORDS[0], String.valueOf(articles), "a news word: in every body" });
        long both = 0;
        long exclusion = 0;
        for (int b = 0; b < BODIES; b++) {
            if (bodyHas[b].get(fifth) && bodyHas[b].get(fifth2)) {
                both += usage[b];
            }
            if (bodyHas[b].get(common) && !bodyHas[b].get(half)) {
                exclusion += usage[b];
            }
        }
        examples.add(new String[] { "and", bodyWords[fifth] + " " + bodyWords[fifth2], String.valueOf(both),
                "two words, each in about 20%" });
        int target = articles / 2;
        long pair = 0;
        for (int i = 0; i < articles; i++) {
            if ((titleA[i] == titleA[target] || titleB[i] == titleA[target])
                    && (titleA[i] == titleB[target] || titleB[i] == titleB[target])) {
                pair++;
            }
        }
        examples.add(new String[] { "and", titleWords[titleA[target]] + " " + titleWords[titleB[target]],
                String.valueOf(pair), "the two title words of one article" });
        String[] phrase = phrase(bodies.get(0)[2], df, articles);
        long phraseMatches = 0;
        long phraseWords = 0;
        for (int b = 0; b < BODIES; b++) {
            String text = bodies.get(b)[2].toLowerCase(Locale.ROOT);
            if (text.contains(phrase[0] + " " + phrase[1])) {
                phraseMatches += usage[b];
            }
            if (text.contains(phrase[0]) && text.contains(phrase[1])) {
                phraseWords += usage[b];
            }
        }
        examples.add(new String[] { "phrase", "\"" + phrase[0] + " " + phrase[1] + "\"", String.valueOf(phraseMatches),
                "a quoted phrase; both words anywhere: about " + phraseWords });
        examples.add(new String[] { "or", titleWords[1] + " or " + titleWords[2],
                String.valueOf(titleDf[1] + titleDf[2]), "two title-only words (an article with both counts twice)" });
        examples.add(new String[] { "exclusion", bodyWords[common] + " -" + bodyWords[half], String.valueOf(exclusion),
                "the top word without one in about half" });
        examples.add(new String[] { "tag:politics", bodyWords[filterWord], String.valueOf(filterMatches),
                "rank-100 body word, only articles tagged politics" });
        for (int n = 0; n < NAMES.length; n++) {
            examples.add(new String[] { "accented", NAMES[n], String.valueOf(nameMatches[n]), "accented name" });
        }
        return examples;
    }

    /** The index of the word whose count is nearest target, other than not. */
    private static int closest(long[] df, double target, int not) {
        int best = not == 0 ? 1 : 0;
        for (int w = 0; w < df.length; w++) {
            if (w != not && Math.abs(df[w] - target) < Math.abs(df[best] - target)) {
                best = w;
            }
        }
        return best;
    }

    /** Two adjacent pseudo-words in a body, each in under 40% of the articles, so the phrase is selective. */
    private static String[] phrase(String plaintext, long[] df, int articles) {
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        for (int w = 0; w < bodyWords.length; w++) {
            rank.put(bodyWords[w], w);
        }
        String[] tokens = plaintext.toLowerCase(Locale.ROOT).split("[^a-z]+");
        for (int t = 0; t + 1 < tokens.length; t++) {
            Integer x = rank.get(tokens[t]);
            Integer y = rank.get(tokens[t + 1]);
            if (x != null && y != null && df[x] < 0.4 * articles && df[y] < 0.4 * articles) {
                return new String[] { tokens[t], tokens[t + 1] };
            }
        }
        return new String[] { tokens[0], tokens[1] };
    }

    private static void keep(Connection db, List<String[]> examples) throws Exception {
        db.createStatement().execute("drop table if exists bench_seed_example");
        db.createStatement().execute("create table bench_seed_example (position integer primary key, kind text not null, "
                + "value text not null, matches bigint, note text not null)");
        try (PreparedStatement insert = db.prepareStatement("insert into bench_seed_example values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < examples.size(); i++) {
                String[] e = examples.get(i);
                insert.setInt(1, i);
                insert.setString(2, e[0]);
                insert.setString(3, e[1]);
                if (e[2].isEmpty()) {
                    insert.setNull(4, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(4, Long.parseLong(e[2]));
                }
                insert.setString(5, e[3]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<UUID> insert(Connection db, String table, List<String> names, Instant now) throws Exception {
        List<UUID> ids = new ArrayList<>();
        String sql = "insert into " + table + " (id, slug, name, created_at, updated_at, version) values (?, ?, ?, ?, ?, 0)";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (String name : names) {
                UUID id = UUID.randomUUID();
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

    private static String body(Random random, BitSet has, int name) {
        StringBuilder markdown = new StringBuilder();
        int nameAt = name >= 0 ? random.nextInt(50) : -1;
        int sentences = 0;
        for (int section = 0; section < 5; section++) {
            if (section > 0) {
                markdown.append("## ").append(capitalized(sentence(random, 4, has))).append("\n\n");
            }
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                for (int s = 0; s < 5; s++) {
                    String text = sentence(random, 16 + random.nextInt(8), has);
                    if (sentences++ == nameAt) {
                        int cut = text.indexOf(' ', text.length() / 2);
                        text = text.substring(0, cut) + " " + NAMES[name] + text.substring(cut);
                    }
                    markdown.append(capitalized(text)).append(". ");
                }
                markdown.append("\n\n");
            }
        }
        return markdown.toString();
    }

    private static String title(Random random, int i, int a, int b, int name) {
        StringBuilder words = new StringBuilder(name >= 0 ? NAMES[name] : titleWords[a]);
        for (int w = 0; w < 4; w++) {
            words.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        words.append(' ').append(name >= 0 ? titleWords[a] + " " + titleWords[b] : titleWords[b]);
        return capitalized(words.toString()) + " " + i;
    }

    private static String sentence(Random random, int words, BitSet has) {
        StringBuilder sentence = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sentence.append(w == 0 ? "" : " ");
            if (random.nextDouble() < NEWS_SHARE) {
                sentence.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                int rank = zipf(random);
                has.set(rank);
                sentence.append(bodyWords[rank]);
            }
        }
        return sentence.toString();
    }

    private static int zipf(Random random) {
        double u = random.nextDouble() * zipfCumulative[zipfCumulative.length - 1];
        int found = java.util.Arrays.binarySearch(zipfCumulative, u);
        return Math.min(found >= 0 ? found : -found - 1, zipfCumulative.length - 1);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String ts(Instant instant) {
        return instant.toString();
    }

    /** Every column of article but the search vector (V10), which the load leaves null, in table order. */
    private static String articleColumns(Connection db) throws Exception {
        try (var result = db.createStatement().executeQuery("select string_agg(column_name, ', ' order by ordinal_position) "
                + "from information_schema.columns where table_name = 'article' and column_name <> 'search_vector'")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Drops the indexes over the search vector, returning their definitions to build them again after the load. */
    private static List<String> dropSearchIndexes(Connection db) throws Exception {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (var result = db.createStatement().executeQuery("select indexname, indexdef from pg_indexes "
                + "where tablename = 'article' and indexdef like '%search_vector%'")) {
            while (result.next()) {
                names.add(result.getString(1));
                definitions.add(result.getString(2));
            }
        }
        for (String name : names) {
            db.createStatement().execute("drop index " + name);
        }
        db.commit();
        return definitions;
    }

    /**
     * What search/SearchIndexing would do over hours in batches, in minutes:
     * every article's search vector, as V10's masthead_search_vector makes it
     * (title A, written excerpt and tag names B, body C), with the body's part
     * computed once for each of the pool's bodies (to_tsvector of a body is
     * about a millisecond; every article repeating it took an hour), on two
     * connections over halves of the id space; then the indexes over it built once.
     */
    private static void indexForSearch(String url, String user, Connection db, List<String> indexes, long started)
            throws Exception {
        if (indexes.isEmpty()) {
            return;
        }
        db.createStatement().execute("create unlogged table bench_body_vector as select h, "
                + "setweight(to_tsvector('masthead_search', coalesce(p, '')), 'C') as v from (select distinct on "
                + "(md5(plaintext)) md5(plaintext) as h, plaintext as p from article order by md5(plaintext)) x");
        db.createStatement().execute("create unique index on bench_body_vector (h)");
        db.commit();
        System.out.printf("search vectors: bodies done, %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String half : List.of("a.id < '80000000-0000-0000-0000-000000000000'",
                "a.id >= '80000000-0000-0000-0000-000000000000'")) {
            Thread worker = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, "")) {
                    c.createStatement().execute("SET synchronous_commit = off");
                    c.createStatement().execute("SET session_replication_role = replica");
                    c.createStatement().executeUpdate("update article a set search_vector = "
                            + "setweight(to_tsvector('masthead_search', coalesce(a.title, '')), 'A') "
                            + "|| setweight(to_tsvector('masthead_search', coalesce(case when a.custom_excerpt "
                            + "then a.excerpt end, '') || ' ' || coalesce(masthead_article_tags(a.id), '')), 'B') "
                            + "|| b.v from bench_body_vector b where b.h = md5(a.plaintext) and " + half);
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        db.createStatement().execute("drop table bench_body_vector");
        System.out.printf("search vectors: articles done, %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
        db.createStatement().execute("SET maintenance_work_mem = '1GB'");
        for (String index : indexes) {
            db.createStatement().execute(index);
            db.commit();
            System.out.printf("built: %s, %d s%n", index, (System.nanoTime() - started) / 1_000_000_000L);
        }
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
