package dev.masthead.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reader's {@code q} read the way PostgreSQL's {@code websearch_to_tsquery}
 * reads it, for the fallback index that has no text search of its own:
 * unquoted words are ANDed, {@code "a quoted phrase"} is a phrase, the word
 * {@code or} between two operands makes them alternatives, and {@code -word}
 * or {@code -"a phrase"} excludes. Other punctuation separates words.
 *
 * <p>Every word comes out {@link #fold folded} and lightly stemmed to a prefix
 * of its inflected forms, because the fallback matches by substring of the
 * folded text: "elections" becomes "election", which "elections" contains.
 * Inside a phrase only the last word is stemmed (a stem in the middle would
 * no longer be a substring of the text). Stop words are dropped outside
 * phrases; a phrase of stop words only is dropped.
 *
 * <p>Deliberate simplifications: an {@code or} before an exclusion is
 * ignored ({@code a or -b} is {@code a} without {@code b}), and a query of
 * exclusions only is empty (nothing to rank). Parsing never throws, runs in
 * one pass over {@code q}, and keeps at most {@link #MAX_TERMS} terms of at
 * most {@link #MAX_WORD_LENGTH} characters a word.
 */
public final class WebSearchQuery {

    /** Words and phrases kept from one query (the rest is ignored), alternatives and exclusions included. */
    public static final int MAX_TERMS = 16;
    /** A longer word is cut to this many characters (still a substring of what it matched). */
    public static final int MAX_WORD_LENGTH = 64;
    /** Words kept of one phrase. */
    public static final int MAX_PHRASE_WORDS = 16;

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "from", "if", "in", "into", "is", "it", "its", "of", "on", "or", "that", "the", "their", "then",
            "there", "these", "this", "to", "was", "were", "will", "with");

    /**
     * What must occur in the folded text: one word, or a phrase's words
     * joined by single spaces.
     */
    public record Term(String text, boolean phrase) {
    }

    /** One ANDed operand: matches when any of its alternatives occurs. */
    public record Operand(List<Term> alternatives) {
    }

    private static final WebSearchQuery EMPTY = new WebSearchQuery(List.of(), List.of());

    private final List<Operand> required;
    private final List<Term> excluded;

    private WebSearchQuery(List<Operand> required, List<Term> excluded) {
        this.required = required;
        this.excluded = excluded;
    }

    /** The operands every match has, in query order. */
    public List<Operand> required() {
        return required;
    }

    /** Terms no match has. */
    public List<Term> excluded() {
        return excluded;
    }

    /** True when nothing is required: such a query matches nothing. */
    public boolean isEmpty() {
        return required.isEmpty();
    }

    /** Every required term, alternatives included, in query order: what a snippet marks. */
    public List<Term> requiredTerms() {
        List<Term> terms = new ArrayList<>();
        for (Operand operand : required) {
            terms.addAll(operand.alternatives());
        }
        return terms;
    }

    /** Reads {@code q}; null, blank or meaningless input gives an empty query. */
    public static WebSearchQuery parse(String q) {
        if (q == null || q.isEmpty()) {
            return EMPTY;
        }
        List<Token> tokens = tokenize(q);
        List<List<Term>> groups = new ArrayList<>();
        List<Term> excluded = new ArrayList<>();
        boolean orPending = false;
        int kept = 0;
        for (Token token : tokens) {
            if (kept >= MAX_TERMS) {
                break;
            }
            if (token.or()) {
                // An or joins the operand before it to the one after it; anything else makes it a no-op.
                orPending = !groups.isEmpty();
                continue;
            }
            Term term = token.term();
            if (term == null) {
                continue;
            }
            kept++;
            if (token.negated()) {
                excluded.add(term);
                orPending = false;
            } else if (orPending) {
                groups.get(groups.size() - 1).add(term);
                orPending = false;
            } else {
                List<Term> group = new ArrayList<>();
                group.add(term);
                groups.add(group);
            }
        }
        if (groups.isEmpty()) {
            return EMPTY;
        }
        List<Operand> required = new ArrayList<>();
        for (List<Term> group : groups) {
            required.add(new Operand(List.copyOf(group)));
        }
        return new WebSearchQuery(List.copyOf(required), List.copyOf(excluded));
    }

    /** An operand as read: a term (null when it was a stop word or nothing), or the operator or. */
    private record Token(Term term, boolean negated, boolean or) {
    }

    private static List<Token> tokenize(String q) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        List<String> phrase = new ArrayList<>();
        boolean inPhrase = false;
        boolean negated = false;
        boolean rawOr = false;
        int i = 0;
        int n = q.length();
        // Bounds the work on adversarial input: past this many tokens no term can be kept anyway.
        int tokenBudget = MAX_TERMS * 4 + 16;
        while (i <= n && tokens.size() < tokenBudget) {
            int cp = i < n ? q.codePointAt(i) : -1;
            int width = cp < 0 ? 1 : Character.charCount(cp);
            String folded = cp < 0 ? " " : FoldedText.foldCodePoint(cp);
            boolean quote = cp == '"';
            boolean minus = cp == '-';
            boolean separator = cp < 0 || quote || minus || folded.equals(" ");
            if (!separator) {
                if (word.length() == 0) {
                    rawOr = true;
                }
                if (word.length() < MAX_WORD_LENGTH * 2) {
                    word.append(folded);
                }
                if (!(cp == 'o' || cp == 'O' || cp == 'r' || cp == 'R')) {
                    rawOr = false;
                }
                i += width;
                continue;
            }
            // A word ends here.
            if (word.length() > 0) {
                String w = cut(word.toString());
                word.setLength(0);
                if (inPhrase) {
                    if (phrase.size() < MAX_PHRASE_WORDS) {
                        phrase.add(w);
                    }
                } else if (rawOr && w.equals("or") && !negated) {
                    tokens.add(new Token(null, false, true));
                } else {
                    tokens.add(new Token(wordTerm(w), negated, false));
                    negated = false;
                }
            }
            if (cp < 0) {
                break;
            }
            if (quote) {
                if (inPhrase) {
                    tokens.add(new Token(phraseTerm(phrase), negated, false));
                    phrase.clear();
                    negated = false;
                    inPhrase = false;
                } else {
                    inPhrase = true;
                }
            } else if (minus && !inPhrase) {
                // A minus right before a word or a quote excludes it; one inside a word only separates.
                int previous = i == 0 ? -1 : q.codePointBefore(i);
                boolean startsToken = previous < 0 || previous == '-' || FoldedText.foldCodePoint(previous).equals(" ");
                negated = startsToken;
            } else if (!inPhrase) {
                negated = false;
            }
            i += width;
        }
        if (inPhrase && !phrase.isEmpty() && tokens.size() < tokenBudget) {
            // An unclosed quote runs to the end, as PostgreSQL reads it.
            tokens.add(new Token(phraseTerm(phrase), negated, false));
        }
        return tokens;
    }

    private static String cut(String word) {
        if (word.length() <= MAX_WORD_LENGTH) {
            return word;
        }
        int end = MAX_WORD_LENGTH;
        if (Character.isHighSurrogate(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
    }

    private static Term wordTerm(String word) {
        if (STOP_WORDS.contains(word)) {
            return null;
        }
        return new Term(stem(word), false);
    }

    private static Term phraseTerm(List<String> words) {
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return wordTerm(words.get(0));
        }
        boolean onlyStopWords = true;
        for (String w : words) {
            onlyStopWords &= STOP_WORDS.contains(w);
        }
        if (onlyStopWords) {
            return null;
        }
        List<String> stemmed = new ArrayList<>(words);
        stemmed.set(stemmed.size() - 1, stem(stemmed.get(stemmed.size() - 1)));
        return new Term(String.join(" ", stemmed), true);
    }

    /**
     * A folded English word cut back to a prefix its common inflections share,
     * conservatively: plurals and a final consonant-y ("story"/"stories" both
     * become "stor"). Short words are left alone.
     */
    static String stem(String word) {
        int n = word.length();
        if (n < 4 || !isAsciiLetters(word)) {
            return word;
        }
        if (word.endsWith("ies") && n >= 6) {
            return word.substring(0, n - 3);
        }
        if (word.endsWith("y") && n >= 5 && !isVowel(word.charAt(n - 2))) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("sses")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (n >= 5 && (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")
                || word.endsWith("zes"))) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && n >= 5) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Text as the fallback index compares it: lower-case, accents and a few
     * letters folded ("Türkiye" → "turkiye", "ß" → "ss"), every run of
     * anything but letters and digits one space, no space at either end. Null
     * stays null. Public and static for the database's function alias
     * {@code MASTHEAD_FOLD} (see the H2 migration V10).
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return FoldedText.of(text, false).text();
    }

}
