package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.client.SentValues;
import graphql.language.AstTransformer;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;

/**
 * The string literals of an operation as they are sent: a pseudonym of the session's redaction written in one
 * ({@code users(input: {email: "user-3f9a1c2b7d04@redacted.example"})}) goes to Panther as its original. Done on the
 * parsed document, so the printer quotes the original as GraphQL quotes any string.
 */
final class SentStrings {

    private SentStrings() {
    }

    public static Document of(Document document, SentValues values) {
        if (!values.replacesAny()) {
            return document;
        }
        return (Document) new AstTransformer().transform(document, new NodeVisitorStub() {
            @Override
            public TraversalControl visitStringValue(StringValue node, TraverserContext<Node> context) {
                String original = values.within(node.getValue());
                return original.equals(node.getValue()) ? TraversalControl.CONTINUE
                        : TreeTransformerUtil.changeNode(context, node.transform(b -> b.value(original)));
            }
        });
    }
}
