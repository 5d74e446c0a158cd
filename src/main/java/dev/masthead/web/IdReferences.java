package dev.masthead.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.masthead.web.problem.InvalidRequestException;
import dev.masthead.web.problem.Problem;

/**
 * Resolves the ids a request body refers to (an article's authorIds, tagIds)
 * in the order given, reporting each unknown or repeated id by position.
 */
public final class IdReferences {

    private IdReferences() {
    }

    public static <T> List<T> inOrder(String field, List<UUID> ids, Collection<T> loaded, Function<T, UUID> idOf) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, T> byId = loaded.stream().collect(Collectors.toMap(idOf, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        List<T> ordered = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            T item = byId.get(ids.get(i));
            if (item == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "no such id"));
            } else if (ordered.contains(item)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "listed twice"));
            } else {
                ordered.add(item);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return ordered;
    }
}
