package dev.masthead.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folded text with, for each of its characters, the range of the original
 * text it came from, so a snippet can mark the reader's own characters.
 * Folding itself (see {@link WebSearchQuery#fold}) lives here: lower-case,
 * accents and a few letters folded, anything but letters and digits a
 * separator.
 */
record FoldedText(String text, int[] from, int[] to) {

    /** Folds of the Latin, Greek, Cyrillic, Hebrew, Arabic... blocks, computed once each (a fixed 12k entries). */
    private static final int FOLD_CACHE_SIZE = 0x3000;
    private static final String[] FOLD_CACHE = new String[FOLD_CACHE_SIZE];

    /**
     * One code point folded: "" for a combining mark (it belongs to the letter
     * before it), " " for anything that separates words, else its folded letters.
     */
    static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                return String.valueOf((char) cp);
            }
            if (cp >= 'A' && cp <= 'Z') {
                return String.valueOf((char) (cp + 32));
            }
            return " ";
        }
        if (cp < FOLD_CACHE_SIZE) {
            String cached = FOLD_CACHE[cp];
            if (cached == null) {
                cached = foldUncached(cp);
                FOLD_CACHE[cp] = cached; // a benign race: every thread computes the same immutable string
            }
            return cached;
        }
        return foldUncached(cp);
    }

    private static String foldUncached(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        if (!Character.isLetterOrDigit(cp)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length() + 1);
        decomposed.codePoints().forEach(c -> {
            int t = Character.getType(c);
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                    || t == Character.COMBINING_SPACING_MARK) {
                return;
            }
            if (!Character.isLetterOrDigit(c)) {
                return;
            }
            out.append(special(Character.toLowerCase(c)));
        });
        return out.toString();
    }

    /** Letters NFD does not take apart, as a reader without the key would type them. */
    private static String special(int lower) {
        return switch (lower) {
            case 'ı' -> "i";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ł' -> "l";
            case 'đ', 'ð' -> "d";
            case 'þ' -> "th";
            case 'ħ' -> "h";
            case 'ŀ' -> "l";
            case 'ſ' -> "s";
            case 'ŧ' -> "t";
            case 'ς' -> "σ";
            default -> new String(Character.toChars(lower));
        };
    }

/**
 * Folded text with, for each of its characters, the range of the original
 * text it came from, so a snippet can mark the reader's own characters.
 */

    static FoldedText of(String original, boolean withOrigins) {
        StringBuilder out = new StringBuilder(original.length());
        int[] from = withOrigins ? new int[original.length() * 2 + 4] : null;
        int[] to = withOrigins ? new int[original.length() * 2 + 4] : null;
        int i = 0;
        int n = original.length();
        while (i < n) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80 && (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z')) {
                // The common case, without a string per character.
                if (withOrigins) {
                    from = grow(from, out.length());
                    to = grow(to, out.length());
                    from[out.length()] = i;
                    to[out.length()] = i + 1;
                }
                out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
                i++;
                continue;
            }
            String f = foldCodePoint(cp);
            if (f.equals(" ")) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    if (withOrigins) {
                        from = grow(from, out.length());
                        to = grow(to, out.length());
                        from[out.length()] = i;
                        to[out.length()] = i + width;
                    }
                    out.append(' ');
                }
            } else if (f.isEmpty()) {
                // A combining mark: the letter before it now ends after it.
                if (withOrigins && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    to[out.length() - 1] = i + width;
                }
            } else {
                for (int k = 0; k < f.length(); k++) {
                    if (withOrigins) {
                        from = grow(from, out.length());
                        to = grow(to, out.length());
                        from[out.length()] = i;
                        to[out.length()] = i + width;
                    }
                    out.append(f.charAt(k));
                }
            }
            i += width;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return new FoldedText(out.toString(), from, to);
    }

    private static int[] grow(int[] array, int index) {
        if (index < array.length) {
            return array;
        }
        return Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
    }
}
