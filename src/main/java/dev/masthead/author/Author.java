package dev.masthead.author;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.masthead.content.SluggedItem;

/** A byline: the public profile articles are credited to. */
@Entity
@Table(name = "author")
public class Author extends SluggedItem {

    private String bio;
    private String avatarUrl;
    private String website;

    protected Author() {
    }

    public Author(String slug, String name) {
        super(slug, name);
    }

    public void describe(String name, String bio, String avatarUrl, String website) {
        rename(name);
        this.bio = bio;
        this.avatarUrl = avatarUrl;
        this.website = website;
    }

    public String bio() { return bio; }
    public String avatarUrl() { return avatarUrl; }
    public String website() { return website; }
}
