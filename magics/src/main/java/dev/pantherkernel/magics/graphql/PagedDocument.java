package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import graphql.language.Document;

/** An operation rewritten to page a connection: what to send, how to pass the cursor, where pageInfo comes back. */
@Internal
public record PagedDocument(Document document, CursorBinding cursor, String pageInfoKey) {
}
