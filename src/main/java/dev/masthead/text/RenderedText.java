package dev.masthead.text;

/**
 * The derived forms of an article body, computed once when the Markdown is saved.
 *
 * @param html               sanitized HTML, safe to embed in a page as-is
 * @param plaintext          readable text without markup (search index, excerpts, feeds)
 * @param wordCount          words in {@code plaintext}
 * @param readingTimeMinutes estimated reading time, rounded up; 0 only for empty text
 */
public record RenderedText(String html, String plaintext, int wordCount, int readingTimeMinutes) {

    static final RenderedText EMPTY = new RenderedText("", "", 0, 0);
}
