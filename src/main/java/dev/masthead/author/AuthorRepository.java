package dev.masthead.author;

import jakarta.enterprise.context.ApplicationScoped;

import dev.masthead.content.SluggedRepository;

@ApplicationScoped
public class AuthorRepository implements SluggedRepository<Author> {

    @Override
    public String table() {
        return "author";
    }
}
