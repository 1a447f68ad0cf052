package dev.pantherkernel.magics.paging;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a place in the operation as it was sent (printed from the syntax tree, perhaps rewritten to page) back to
 * where the user wrote it. The sent text parses into the same tree shape as the tree it was printed from, whose
 * nodes still carry their places in the user's text; a node the rewrite added stands at its parent's place.
 */
final class SentLocations {

    private SentLocations() {
    }

    /** Where the user wrote what is at {@code line}:{@code column} of {@code printed}, the text of {@code sent}. */
    public static Optional<SourceLocation> original(Document sent, String printed, int line, int column) {
        Document reparsed;
        try {
            reparsed = Parser.parse(printed);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<SourceLocation[]> pairs = new ArrayList<>();
        pair(reparsed, sent, null, pairs);
        SourceLocation[] best = null;
        for (SourceLocation[] p : pairs) {
            if (!after(p[0], line, column) && (best == null || after(p[0], best[0].getLine(), best[0].getColumn()))) {
                best = p;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best[1]);
    }

    /** Walks both trees side by side, noting each node's place in the sent text and in the user's. */
    private static void pair(Node<?> printedNode, Node<?> sentNode, SourceLocation inherited, List<SourceLocation[]> out) {
        SourceLocation original = sentNode.getSourceLocation() != null ? sentNode.getSourceLocation() : inherited;
        if (printedNode.getSourceLocation() != null && original != null) {
            out.add(new SourceLocation[] {printedNode.getSourceLocation(), original});
        }
        List<Node> printedChildren = printedNode.getChildren();
        List<Node> sentChildren = sentNode.getChildren();
        if (printedChildren.size() != sentChildren.size()) {
            return;
        }
        for (int i = 0; i < printedChildren.size(); i++) {
            if (printedChildren.get(i).getClass() == sentChildren.get(i).getClass()) {
                pair(printedChildren.get(i), sentChildren.get(i), original, out);
            }
        }
    }

    private static boolean after(SourceLocation at, int line, int column) {
        return at.getLine() > line || (at.getLine() == line && at.getColumn() > column);
    }
}
