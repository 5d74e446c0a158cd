package dev.masthead.tag;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.content.SluggedRepository;

@ApplicationScoped
public class TagRepository implements SluggedRepository<Tag> {

    @Override
    public String table() {
        return "tag";
    }
}
