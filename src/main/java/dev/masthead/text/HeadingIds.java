package dev.masthead.text;

import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives headings the ids commonmark's HeadingAnchorExtension gives them ("budget-2026", then
 * "budget-2026-1" for a repeat), for one whole article.
 *
 * <p>Why not the extension: it starts counting afresh on every render call, while an article is
 * rendered in several runs ({@link BlockRuns}); and it joins the heading's text pieces with
 * {@code +=}, quadratic in their number: one 1,000,000-char heading of {@code "*a"} repeated
 * allocated 120 GB in 10 s. The text and the {@link IdGenerator} are the same, so existing
 * anchors keep their ids. Not thread-safe; create one per article.
 */
final class HeadingIds implements AttributeProvider {

    private final IdGenerator ids = IdGenerator.builder().build();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (!(node instanceof Heading)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        // Default-locale lower-casing, as the extension does, for the same ids.
        attributes.put("id", ids.generateId(text.toString().trim().toLowerCase()));
    }
}
