package dev.masthead.tag;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dev.masthead.content.SluggedItem;

/** A topic articles are filed under; the first tag of an article is its primary one. */
@Entity
@Table(name = "tag")
public class Tag extends SluggedItem {

    private String description;

    protected Tag() {
    }

    public Tag(String slug, String name) {
        super(slug, name);
    }

    public void describe(String name, String description) {
        rename(name);
        this.description = description;
    }

    public String description() { return description; }
}
