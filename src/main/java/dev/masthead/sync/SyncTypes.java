package dev.masthead.sync;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.masthead.content.EntityType;
import dev.masthead.web.problem.InvalidParameterException;

/**
 * The kinds of item a sync follows ({@code types=article,tag,author}), never
 * empty. The initial sync reads them in this order, one phase each.
 */
record SyncTypes(Set<EntityType> included) {

    static final SyncTypes ALL = new SyncTypes(EnumSet.allOf(EntityType.class));

    SyncTypes {
        included = Set.copyOf(included);
    }

    /** The {@code types} parameter: a comma-separated list of article, tag and author. */
    static SyncTypes parse(String value) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (String name : value.split(",", -1)) {
            types.add(switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "article" -> EntityType.ARTICLE;
                case "tag" -> EntityType.TAG;
                case "author" -> EntityType.AUTHOR;
                default -> throw new InvalidParameterException("types",
                        "must be a comma-separated list of article, tag and author");
            });
        }
        return new SyncTypes(types);
    }

    boolean includes(EntityType type) {
        return included.contains(type);
    }

    /** The first phase of an initial sync. */
    EntityType first() {
        return next(null);
    }

    /** The phase after {@code phase} (null: the first), or null when none is left. */
    EntityType next(EntityType phase) {
        for (EntityType type : EntityType.values()) {
            if ((phase == null || type.ordinal() > phase.ordinal()) && includes(type)) {
                return type;
            }
        }
        return null;
    }

    /** Canonical text, the same for the same set: article,tag,author in that order. */
    String code() {
        return EnumSet.copyOf(included).stream().map(type -> type.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }
}
