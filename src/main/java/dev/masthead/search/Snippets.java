package dev.masthead.search;

import java.util.ArrayList;
import java.util.List;

import dev.masthead.search.WebSearchQuery.Term;

/**
 * Marks a query's terms in an article's own text for {@link PlainSearch}:
 * found in the folded text (so case and accents do not matter), each found
 * term widened to whole words, the marks set around the original characters.
 * Marker characters already in the text are removed first
 * ({@link Highlights#unmarked}), so only this class's marks survive.
 */
final class Snippets {

    /** Words in a body snippet, and how many of them come before the first match. */
    static final int BODY_WORDS = 30;
    static final int WORDS_BEFORE = 10;
    /** Bounds a snippet whose "words" are very long runs without spaces. */
    private static final int MAX_BEFORE_CHARS = 120;
    private static final int MAX_SNIPPET_CHARS = 400;
    private static final String ELLIPSIS = "\u2026";

    private Snippets() {
    }

    /** The whole text with every occurrence of the terms marked. */
    static String marked(String text, List<Term> terms) {
        String source = Highlights.unmarked(text == null ? "" : text);
        List<int[]> spans = spans(source, terms);
        return mark(source, spans, 0, source.length());
    }

    /**
     * About {@link #BODY_WORDS} words around the first match, marked; the
     * start of the text when nothing matches. An ellipsis shows a cut.
     */
    static String body(String text, List<Term> terms) {
        String source = Highlights.unmarked(text == null ? "" : text);
        List<int[]> spans = spans(source, terms);
        int first = spans.isEmpty() ? 0 : spans.get(0)[0];
        int from = first;
        int limit = Math.max(0, first - MAX_BEFORE_CHARS);
        for (int words = 0; words < WORDS_BEFORE && from > limit; ) {
            while (from > limit && Character.isWhitespace(source.charAt(from - 1))) {
                from--;
            }
            while (from > limit && !Character.isWhitespace(source.charAt(from - 1))) {
                from--;
            }
            words++;
        }
        while (from < first && Character.isWhitespace(source.charAt(from))) {
            from++;
        }
        int to = from;
        int end = Math.min(source.length(), from + MAX_SNIPPET_CHARS);
        for (int words = 0; words < BODY_WORDS && to < end; words++) {
            while (to < end && Character.isWhitespace(source.charAt(to))) {
                to++;
            }
            while (to < end && !Character.isWhitespace(source.charAt(to))) {
                to++;
            }
        }
        if (to < source.length() && Character.isLowSurrogate(source.charAt(to))) {
            to--;
        }
        if (from > 0 && Character.isLowSurrogate(source.charAt(from))) {
            from++;
        }
        String snippet = mark(source, spans, from, to);
        return (from > 0 ? ELLIPSIS : "") + snippet + (to < source.length() ? ELLIPSIS : "");
    }

    /** Original-text ranges of the terms' occurrences, widened to whole words, sorted and merged. */
    private static List<int[]> spans(String source, List<Term> terms) {
        FoldedText folded = FoldedText.of(source, true);
        String f = folded.text();
        List<int[]> found = new ArrayList<>();
        for (Term term : terms) {
            String t = term.text();
            if (t.isEmpty()) {
                continue;
            }
            for (int at = f.indexOf(t); at >= 0; at = f.indexOf(t, at + t.length())) {
                int s = at;
                int e = at + t.length();
                while (s > 0 && f.charAt(s - 1) != ' ') {
                    s--;
                }
                while (e < f.length() && f.charAt(e) != ' ') {
                    e++;
                }
                found.add(new int[] {folded.from()[s], folded.to()[e - 1]});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : found) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private static String mark(String source, List<int[]> spans, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 16);
        int at = from;
        for (int[] span : spans) {
            int s = Math.max(span[0], from);
            int e = Math.min(span[1], to);
            if (s >= e || s < at) {
                continue;
            }
            out.append(source, at, s).append(Highlights.START).append(source, s, e).append(Highlights.STOP);
            at = e;
        }
        out.append(source, at, to);
        return out.toString();
    }
}
