package dev.masthead.content;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dev.masthead.article.ArticleFixtures;
import dev.masthead.author.AuthorFixtures;
import dev.masthead.author.AuthorFixtures.CreatedAuthor;
import dev.masthead.tag.TagFixtures;
import dev.masthead.tag.TagFixtures.CreatedTag;

/**
 * The two kinds of slugged item, tags and authors: each is created, read,
 * replaced, merge-patched and deleted by id under Management, versioned with
 * ETag/If-Match, slugged from its name, and shown by slug with its
 * {@code articleCount} under Delivery. The {@code SluggedItem*ContractTest}
 * classes run the same assertions against both; what only one kind does stays
 * in its own feature's tests.
 *
 * <p>An enum, not a record of lambdas: Quarkus may clone the arguments of a
 * parameterized {@code @QuarkusTest} into its own class loader, and a constant
 * survives that where a lambda may not.
 */
public enum SluggedItemKind {

    TAG("tags", "description", Map.of("description", "Weather and warming")) {
        @Override
        public Item create(String prefix) {
            CreatedTag tag = TagFixtures.createTag(prefix);
            return new Item(tag.id(), tag.slug(), tag.name());
        }

        @Override
        public Map<String, Object> fixtureFields(String prefix) {
            return Map.of();
        }

        @Override
        public ArticleFixtures.Builder articleWith(Item... tags) {
            ArticleFixtures.Builder article = ArticleFixtures.article();
            Stream.of(tags).forEach(tag -> article.tag(tag.id()));
            return article;
        }
    },

    AUTHOR("authors", "bio", Map.of("bio", "Nordic affairs", "avatarUrl", "https://images.example.com/zoe.jpg",
            "website", "http://zoe.example.org/about")) {
        @Override
        public Item create(String prefix) {
            CreatedAuthor author = AuthorFixtures.createAuthor(prefix);
            return new Item(author.id(), author.slug(), author.name());
        }

        @Override
        public Map<String, Object> fixtureFields(String prefix) {
            return Map.of("bio", "Writes about " + prefix);
        }

        @Override
        public ArticleFixtures.Builder articleWith(Item... authors) {
            ArticleFixtures.Builder article = ArticleFixtures.article();
            Stream.of(authors).forEach(author -> article.author(author.id()));
            return article;
        }
    };

    /** One item as the fixtures made it. */
    public record Item(String id, String slug, String name) {
    }

    private final String plural;
    private final String textField;
    private final Map<String, Object> optionalFields;

    SluggedItemKind(String plural, String textField, Map<String, Object> optionalFields) {
        this.plural = plural;
        this.textField = textField;
        this.optionalFields = optionalFields;
    }

    /** A new item with a unique name (and so a unique slug), made by the feature's own fixture. */
    public abstract Item create(String prefix);

    /** The optional fields {@link #create} sets besides the name, with their values. */
    public abstract Map<String, Object> fixtureFields(String prefix);

    /** An article builder with these items on it: filed under the tags, credited to the authors. */
    public abstract ArticleFixtures.Builder articleWith(Item... items);

    /** A valid create or replace body that sets every field the kind has. */
    public Map<String, Object> bodyWithEveryField(String name) {
        Map<String, Object> body = new HashMap<>(optionalFields);
        body.put("name", name);
        return body;
    }

    public String adminPath() {
        return "/api/v1/admin/" + plural;
    }

    public String adminPath(Item item) {
        return adminPath() + "/" + item.id();
    }

    public String publicPath() {
        return "/api/v1/" + plural;
    }

    public String publicPath(Item item) {
        return publicPath() + "/" + item.slug();
    }

    /** The Surrogate-Key a Delivery response of one item carries, e.g. {@code tag:climate}. */
    public String surrogateKey(String slug) {
        return singular() + ":" + slug;
    }

    public String listSurrogateKey() {
        return "list:" + plural;
    }

    /** The free-text field, at most 5000 characters: a tag's description, an author's bio. */
    public String textField() {
        return textField;
    }

    /** A valid value for every optional field the kind has (the text field among them). */
    public Map<String, Object> optionalFields() {
        return optionalFields;
    }

    public String singular() {
        return name().toLowerCase();
    }
}
