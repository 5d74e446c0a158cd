package dev.masthead.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;

/**
 * The link reference definitions ({@code [label]: url "title"}) of a whole article, so that a
 * reference link resolves even when {@link BlockRuns} parses its definition in another run, as
 * with the usual list of definitions at the end of a long article.
 *
 * <p>Installed as a link processor, it runs before commonmark's own and resolves reference links
 * exactly as that one does (label, else the link text; first definition of a label wins);
 * inline links and unknown labels are left to commonmark.
 */
final class ReferenceDefinitions implements LinkProcessor {

    /*
     * Bounds what one article can make us keep (a definition can be five chars long). Past it,
     * a reference still resolves against definitions in its own run; otherwise it reads as the
     * bracketed text it is.
     */
    static final int MAX_DEFINITIONS = 10_000;

    private final DefinitionMap<LinkReferenceDefinition> byLabel =
            new DefinitionMap<>(LinkReferenceDefinition.class);

    private ReferenceDefinitions() {
    }

    /** Collects the definitions of {@code markdown}, read in the runs {@code blockRuns} makes. */
    static ReferenceDefinitions of(String markdown, BlockRuns blockRuns) {
        ReferenceDefinitions definitions = new ReferenceDefinitions();
        AbstractVisitor collector = new AbstractVisitor() {
            @Override
            public void visit(LinkReferenceDefinition definition) {
                if (definitions.byLabel.keySet().size() < MAX_DEFINITIONS) {
                    // A copy: the parsed node would keep its whole run's tree reachable.
                    definitions.byLabel.putIfAbsent(definition.getLabel(), new LinkReferenceDefinition(
                            definition.getLabel(), definition.getDestination(), definition.getTitle()));
                }
            }
        };
        blockRuns.forEach(markdown, document -> document.accept(collector));
        return definitions;
    }

    boolean isEmpty() {
        return byLabel.keySet().isEmpty();
    }

    @Override
    public LinkResult process(LinkInfo linkInfo, Scanner scanner, InlineParserContext context) {
        if (linkInfo.destination() != null) {
            return LinkResult.none();
        }
        String label = linkInfo.label();
        LinkReferenceDefinition definition =
                byLabel.get(label != null && !label.isEmpty() ? label : linkInfo.text(scanner));
        if (definition == null) {
            return LinkResult.none();
        }
        if (linkInfo.marker() != null && linkInfo.marker().getLiteral().equals("!")) {
            return LinkResult.wrapTextIn(new Image(definition.getDestination(), definition.getTitle()),
                    scanner.position()).includeMarker();
        }
        return LinkResult.wrapTextIn(new Link(definition.getDestination(), definition.getTitle()),
                scanner.position());
    }
}
