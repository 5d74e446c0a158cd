package dev.masthead.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page address template such as {@code /{year}/{month}/{slug}}, parsed
 * once at start into literal text and placeholders. Slugs and ids are URL-safe
 * as they are, so nothing needs escaping when the template is filled in.
 */
final class PermalinkTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    /** What a path may hold besides placeholders: RFC 3986 pchar without percent-escapes, and '/'. */
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@/-]*");

    private final String text;
    private final List<String> parts;

    private PermalinkTemplate(String text, List<String> parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Parses {@code template}, allowing only these placeholders; {@code slug} is always required.
     *
     * @throws IllegalArgumentException naming what is wrong, for the start-up message
     */
    static PermalinkTemplate parse(String template, Set<String> placeholders) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("'" + template + "' must start with '/'");
        }
        List<String> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int at = 0;
        boolean slug = false;
        while (placeholder.find()) {
            literal(template, template.substring(at, placeholder.start()), parts);
            String name = placeholder.group(1);
            if (!placeholders.contains(name)) {
                throw new IllegalArgumentException("'" + template + "' uses {" + name + "}; it may use "
                        + String.join(", ", placeholders.stream().sorted().map(p -> "{" + p + "}").toList()));
            }
            slug |= name.equals("slug");
            parts.add("{" + name + "}");
            at = placeholder.end();
        }
        literal(template, template.substring(at), parts);
        if (!slug) {
            throw new IllegalArgumentException("'" + template + "' must contain {slug}");
        }
        return new PermalinkTemplate(template, List.copyOf(parts));
    }

    private static void literal(String template, String literal, List<String> parts) {
        if (!LITERAL.matcher(literal).matches()) {
            throw new IllegalArgumentException("'" + template + "' holds characters a URL path cannot: '" + literal + "'");
        }
        if (!literal.isEmpty()) {
            parts.add(literal);
        }
    }

    /** The filled-in path; {@code id} and {@code publishedAt} may be null when the template does not use them. */
    String fill(String slug, UUID id, Instant publishedAt) {
        StringBuilder path = new StringBuilder(text.length() + slug.length() + 16);
        LocalDate day = null;
        for (String part : parts) {
            switch (part) {
                case "{slug}" -> path.append(slug);
                case "{id}" -> path.append(id);
                case "{year}", "{month}", "{day}" -> {
                    day = day != null ? day : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
                    path.append(part.equals("{year}") ? String.format("%04d", day.getYear())
                            : String.format("%02d", part.equals("{month}") ? day.getMonthValue() : day.getDayOfMonth()));
                }
                default -> path.append(part);
            }
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
