package dev.masthead.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/** URL slugs: lowercase ASCII words joined by single hyphens, e.g. "turkiyes-trade". */
public final class Slugs {

    /** Long enough for any sensible headline, short enough for URLs and indexed columns. */
    public static final int MAX_LENGTH = 96;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /*
     * Latin letters that Unicode decomposition leaves alone because they are letters in their
     * own right rather than a base letter plus an accent. Both cases are listed because only
     * ASCII is lowercased here: String.toLowerCase would depend on locale rules for some letters
     * (Turkish İ/ı), and the decomposition already handles İ.
     */
    private static final Map<Integer, String> TRANSLITERATIONS = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "h"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "t"),
            Map.entry((int) 'ŋ', "ng"), Map.entry((int) 'Ŋ', "ng"),
            Map.entry((int) 'ƒ', "f"),
            Map.entry((int) 'ĸ', "k"));

    private Slugs() {
    }

    /**
     * Derives a slug from free text (usually a headline). Accents are removed, a few special
     * Latin letters are spelled out, apostrophes vanish ("Don't" -> "dont"), "&amp;" becomes
     * "and", and every other run of non-alphanumeric characters becomes one hyphen. Letters from
     * scripts without a transliteration here (CJK, Cyrillic, emoji...) are dropped.
     *
     * @return a valid slug of at most {@link #MAX_LENGTH} chars, or "" if nothing usable is left
     *     (the caller chooses a fallback)
     */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        // NFKD rather than NFD: besides splitting "é" into "e" + accent it also folds
        // compatibility forms such as full-width "Ａ" and ligatures like "ﬁ" into plain letters.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder slug = new StringBuilder(Math.min(decomposed.length(), 2 * MAX_LENGTH));
        boolean separatorPending = false;
        // Once past MAX_LENGTH the rest cannot change the truncated result, so stop reading.
        for (int i = 0; i < decomposed.length() && slug.length() <= MAX_LENGTH; ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);

            String ascii = asciiFor(cp);
            if (ascii != null) {
                if (separatorPending && !slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append(ascii);
                separatorPending = false;
            } else if (cp == '&') {
                if (!slug.isEmpty()) {
                    slug.append('-');
                }
                slug.append("and");
                separatorPending = true;
            } else if (isApostrophe(cp) || isMark(cp) || Character.isLetterOrDigit(cp)) {
                // Apostrophes and accents belong inside a word; untransliterable letters are
                // dropped without a hyphen, as if they were not there.
                continue;
            } else {
                separatorPending = true;
            }
        }
        return truncate(slug.toString(), MAX_LENGTH);
    }

    /** True if {@code slug} is non-empty, within {@link #MAX_LENGTH} and in canonical form. */
    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * Appends "-n" to disambiguate a taken slug ("budget-2"), shortening {@code base} if needed so
     * the result stays within {@link #MAX_LENGTH}. The result is valid whenever {@code base} is.
     *
     * @throws IllegalArgumentException if {@code base} is null/empty or {@code n} is negative
     */
    public static String withSuffix(String base, int n) {
        if (base == null || base.isEmpty()) {
            throw new IllegalArgumentException("base slug must not be empty");
        }
        if (n < 0) {
            throw new IllegalArgumentException("suffix must not be negative: " + n);
        }
        String suffix = "-" + n;
        return truncate(base, MAX_LENGTH - suffix.length()) + suffix;
    }

    /** The ASCII spelling of one code point if it belongs in a slug word, else null. */
    private static String asciiFor(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
            return String.valueOf((char) cp);
        }
        if (cp >= 'A' && cp <= 'Z') {
            return String.valueOf((char) (cp + ('a' - 'A')));
        }
        // Digits from other scripts (Arabic-Indic, Devanagari...) carry the same value.
        if (Character.isDigit(cp)) {
            return String.valueOf(Character.digit(cp, 10));
        }
        return TRANSLITERATIONS.get(cp);
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '’' || cp == 'ʼ';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Cuts {@code slug} to {@code max} chars, preferring a hyphen boundary; never ends in '-'. */
    private static String truncate(String slug, int max) {
        String cut = slug;
        if (slug.length() > max) {
            cut = slug.substring(0, max);
            int lastHyphen = cut.lastIndexOf('-');
            // Keep whole words unless the first word alone is longer than the limit.
            if (slug.charAt(max) != '-' && lastHyphen > 0) {
                cut = cut.substring(0, lastHyphen);
            }
        }
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(0, end);
    }
}
