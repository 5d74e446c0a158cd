package dev.masthead.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlSanitizer;

/**
 * Test oracle for rendered HTML: lexes it with the OWASP parser (not the policy under test) and
 * checks every tag and attribute, with entities decoded, against what we promise to emit.
 */
final class Markup {

    record Tag(String name, List<String> attributes) {
    }

    static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "em", "strong", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img",
            "table", "thead", "tbody", "tr", "th", "td", "hr", "br");

    private static final Pattern EVENT_HANDLER_ATTRIBUTE =
            Pattern.compile("\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_IN_TAG =
            Pattern.compile("<[^>]*(?:javascript|vbscript):", Pattern.CASE_INSENSITIVE);
    // Browsers ignore ASCII whitespace and control characters inside a URL scheme.
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\x00-\\x20]");

    private Markup() {
    }

    static List<Tag> tags(String html) {
        List<Tag> tags = new ArrayList<>();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String elementName, List<String> attrs) {
                tags.add(new Tag(elementName, List.copyOf(attrs)));
            }

            @Override
            public void closeTag(String elementName) {
            }

            @Override
            public void text(String text) {
            }
        });
        return tags;
    }

    /**
     * Fails unless {@code html} contains only allowed elements, no event handlers and no URL with
     * a dangerous scheme. Mentions of "javascript:" in text are fine (articles may discuss it);
     * the sanitizer escapes text, so only markup is checked for URLs.
     */
    static void assertSafe(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        check(!lower.contains("<script"), "script tag", html);
        check(!lower.contains("<style"), "style tag", html);
        check(!lower.contains("<iframe"), "iframe tag", html);
        check(!EVENT_HANDLER_ATTRIBUTE.matcher(html).find(), "event handler", html);
        check(!JAVASCRIPT_IN_TAG.matcher(html).find(), "script URL", html);
        for (Tag tag : tags(html)) {
            check(ALLOWED_ELEMENTS.contains(tag.name()), "element " + tag.name(), html);
            List<String> attrs = tag.attributes();
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                String name = attrs.get(i);
                String value = attrs.get(i + 1);
                check(!name.startsWith("on"), "attribute " + name, html);
                check(!name.equals("style"), "style attribute", html);
                String scheme = IGNORED_IN_SCHEME.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
                check(!scheme.startsWith("javascript:") && !scheme.startsWith("vbscript:")
                        && !scheme.startsWith("data:"), "URL " + value, html);
            }
        }
    }

    private static void check(boolean ok, String what, String html) {
        if (!ok) {
            throw new AssertionError("unsafe " + what + " in: " + html);
        }
    }
}
