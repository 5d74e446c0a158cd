package dev.masthead.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Handler;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Turns article Markdown into sanitized HTML plus the plain text, word count and reading time
 * derived from it.
 *
 * <p>Instances hold only immutable, thread-safe collaborators (commonmark's {@link Parser} and
 * {@link HtmlRenderer}, OWASP's {@link PolicyFactory}), so one instance can be shared.
 *
 * <p>Why sanitize rather than {@code escapeHtml(true)}: escaping would make raw HTML harmless but
 * would publish it as visible text — a pasted {@code <script>alert(1)</script>} would show up in
 * the article as literal code, and a pasted {@code <div>} wrapper would litter the page with
 * tags. Sanitizing the rendered HTML with an allow-list drops script/style/iframe together with
 * their content, unwraps harmless wrappers while keeping their text, and is also the one place
 * where URLs and attributes produced by Markdown itself ({@code [x](javascript:...)}) are checked.
 * Everything that reaches {@link RenderedText#html()} has passed that single allow-list.
 *
 * <p>Memory and time are linear in the input, whatever its shape: the Markdown is parsed,
 * rendered and sanitized one run of top-level blocks at a time ({@link BlockRuns}), streaming into
 * one HTML and one plain text buffer, so no stage ever holds more than a window's syntax tree or
 * intermediate HTML. Only the results themselves grow with the article.
 */
public final class MarkdownRenderer {

    /**
     * Silent reading speed for non-fiction prose in words per minute. Studies put adult readers at
     * roughly 200-260 wpm; 230 sits in the middle and is close to what other publishing tools
     * show, so our estimates look familiar to editors.
     */
    static final int WORDS_PER_MINUTE = 230;

    /*
     * Markdown allows unbounded nesting ("> > > > ...", "[[[[..."), and commonmark's renderer
     * recurses once per level, so hostile input could exhaust the stack. No real article nests
     * anywhere near this deep; deeper markers are simply kept as text.
     */
    private static final int MAX_NESTING = 32;

    // Heading anchors come from HeadingIds, which numbers repeats across the whole article.
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    // For collecting link reference definitions: block structure only, no inline nodes.
    private static final InlineParserFactory BLOCKS_ONLY = context -> (lines, block) -> {
    };

    // What HeadingIds generates (letters/digits of any script, '-', '_'); an id
    // smuggled in through raw HTML that looks like anything else is dropped.
    private static final Pattern HEADING_ID = Pattern.compile("[\\p{L}\\p{M}\\p{N}_-]{1,200}");
    // Fenced code blocks get class="language-xyz"; kept so front ends can highlight syntax.
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
    private static final Pattern LIST_START = Pattern.compile("[0-9]{1,9}");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            // Exactly the elements commonmark (+ GFM tables) can emit, nothing more.
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del",
                    "code", "pre", "blockquote", "ul", "ol", "li", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td", "hr", "br")
            .allowAttributes("id").matching(HEADING_ID)
                    .onElements("h1", "h2", "h3", "h4", "h5", "h6")
            .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
            .allowAttributes("start").matching(LIST_START).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right")
                    .onElements("th", "td")
            // Applies to every URL attribute (href, src). Relative links stay allowed so links to
            // our own pages and "#heading-id" anchors keep working.
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            // Images load without a click, so they get the stricter rule: absolute http(s) only.
            // A relative src would resolve against whichever front end shows the article, and
            // mailto: makes no sense for an image.
            .allowAttributes("src").matching(MarkdownRenderer::isAbsoluteHttpUrl).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            // Runs after attribute filtering: an image whose src was rejected would only render
            // as a broken-image box, so drop it altogether.
            .allowElements((name, attrs) -> hasAttribute(attrs, "src") ? name : null, "img")
            .toFactory();

    private final int window;
    private final BlockRuns runs;
    private final BlockRuns definitionRuns;

    public MarkdownRenderer() {
        this(BlockRuns.WINDOW);
    }

    /** @param window chars parsed at once; see {@link BlockRuns} */
    MarkdownRenderer(int window) {
        this.window = window;
        this.runs = blockRuns(parser -> parser);
        this.definitionRuns = blockRuns(parser -> parser.inlineParserFactory(BLOCKS_ONLY));
    }

    /** Renders {@code markdown}; {@code null} or blank input yields an all-empty result. */
    public RenderedText render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return RenderedText.EMPTY;
        }
        BlockRuns articleRuns = runs;
        // A definition needs "]:"; an article that fits one window resolves its own.
        if (markdown.length() > window && markdown.contains("]:")) {
            ReferenceDefinitions definitions = ReferenceDefinitions.of(markdown, definitionRuns);
            if (!definitions.isEmpty()) {
                articleRuns = blockRuns(parser -> parser.linkProcessor(definitions));
            }
        }
        HeadingIds headingIds = new HeadingIds();
        // escapeHtml stays false on purpose: raw HTML is passed to the sanitizer (see class comment).
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
                .attributeProviderFactory(context -> headingIds).build();

        // One sanitizer pass per run feeds both outputs, so the plain text can only ever contain
        // text the policy let through (never script bodies) and entities are already decoded.
        // Each run's HTML is sanitized on its own: tags a run leaves open are closed at its end.
        StringBuilder html = new StringBuilder(markdown.length());
        PlaintextCollector plaintext = new PlaintextCollector(markdown.length());
        articleRuns.forEach(markdown, document -> {
            HtmlSanitizer.Policy policy =
                    POLICY.apply(new Tee(HtmlStreamRenderer.create(html, Handler.DO_NOTHING), plaintext));
            if (document.getFirstChild() instanceof FencedCodeBlock code && code.getNext() == null) {
                sanitize(code, policy);
            } else {
                HtmlSanitizer.sanitize(renderer.render(document), policy);
            }
        });

        String text = plaintext.result();
        int words = countWords(text);
        // Trimmed: commonmark separates blocks with newlines, which are noise at either end.
        return new RenderedText(stripped(html), text, words, readingTimeMinutes(words));
    }

    private BlockRuns blockRuns(UnaryOperator<Parser.Builder> configure) {
        // BlockRuns finds where top-level blocks start from their source positions.
        return new BlockRuns(configure.apply(parser()).includeSourceSpans(IncludeSourceSpans.BLOCKS).build(),
                configure.apply(parser()).build(), window);
    }

    private static Parser.Builder parser() {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .maxOpenBlockParsers(MAX_NESTING)
                .maxInlineNesting(MAX_NESTING);
    }

    /**
     * Sanitizes a run that is one fenced code block, without writing its HTML: the policy gets the
     * events the sanitizer would read from commonmark's {@code <pre><code class="language-x">}.
     * Such a run can be the whole article (BlockRuns never cuts a code block), and its HTML is
     * up to six times its length ({@code "} becomes {@code &quot;}), built and copied whole.
     */
    private static void sanitize(FencedCodeBlock code, HtmlSanitizer.Policy policy) {
        List<String> codeAttributes = new ArrayList<>();
        String info = code.getInfo();
        if (info != null && !info.isEmpty()) {
            int space = info.indexOf(' ');
            codeAttributes.add("class");
            codeAttributes.add("language-" + (space < 0 ? info : info.substring(0, space)));
        }
        policy.openDocument();
        policy.openTag("pre", new ArrayList<>());
        policy.openTag("code", codeAttributes);
        policy.text(code.getLiteral());
        policy.closeTag("code");
        policy.closeTag("pre");
        policy.text("\n");
        policy.closeDocument();
    }

    /** What {@code html.toString().strip()} gives, in one copy instead of two. */
    private static String stripped(StringBuilder html) {
        int start = 0;
        int end = html.length();
        while (start < end && Character.isWhitespace(html.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        return html.substring(start, end);
    }

    /** Whitespace-separated tokens with at least one letter or digit. */
    static int countWords(String text) {
        int count = 0;
        boolean wordInToken = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isBmpCodePoint(cp) && Whitespace.isWhitespace((char) cp)) {
                count += wordInToken ? 1 : 0;
                wordInToken = false;
            } else if (Character.isLetterOrDigit(cp)) {
                // Dashes, bullets and stray punctuation alone are not words.
                wordInToken = true;
            }
        }
        return count + (wordInToken ? 1 : 0);
    }

    static int readingTimeMinutes(int wordCount) {
        // Integer ceiling: a 1-word text still takes "1 min", only empty text takes 0.
        return (wordCount + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
    }

    /** {@code attrs} alternates names and values, so only even positions are names. */
    private static boolean hasAttribute(List<String> attrs, String name) {
        for (int i = 0; i < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        return url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "http://", 0, 7);
    }

    /** Forwards the sanitized event stream to the HTML writer and the plaintext collector. */
    private record Tee(HtmlStreamEventReceiver first, HtmlStreamEventReceiver second)
            implements HtmlStreamEventReceiver {

        @Override
        public void openDocument() {
            first.openDocument();
            second.openDocument();
        }

        @Override
        public void closeDocument() {
            first.closeDocument();
            second.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            first.openTag(elementName, attrs);
            second.openTag(elementName, attrs);
        }

        @Override
        public void closeTag(String elementName) {
            first.closeTag(elementName);
            second.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            first.text(text);
            second.text(text);
        }
    }
}
