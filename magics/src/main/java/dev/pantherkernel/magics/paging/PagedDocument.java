package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.graphql.CursorBinding;
import graphql.language.Document;

/** An operation rewritten to page a connection: what to send, how to pass the cursor, where pageInfo comes back. */
record PagedDocument(Document document, CursorBinding cursor, String pageInfoKey) {
}
