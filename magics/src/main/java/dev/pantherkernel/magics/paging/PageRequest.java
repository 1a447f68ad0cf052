package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.graphql.CursorBinding;
import dev.pantherkernel.magics.graphql.RowTarget;

/**
 * What {@link Pager#fetch} follows; made with {@link #newPageRequest(GraphQLRequest, RowTarget)} and its {@link Builder}.
 *
 * @param first       the request for the first page
 * @param target      where the rows are in each reply
 * @param cursor      how to pass the cursor, or null to fetch one page only (or a non-connection target)
 * @param pageInfoKey the connection's {@code pageInfo} field as the operation names it; null for {@code pageInfo}
 * @param limit       the most rows to keep; 0 or less for all
 * @param listener    told after each page
 */
@Internal
public record PageRequest(GraphQLRequest first, RowTarget target, CursorBinding cursor, String pageInfoKey, long limit,
                          PageListener listener) {

    /** One page, every row, nobody told: until the builder says otherwise. */
    public static Builder newPageRequest(GraphQLRequest first, RowTarget target) {
        return new Builder(first, target);
    }

    public static final class Builder {
        private final GraphQLRequest first;
        private final RowTarget target;
        private CursorBinding cursor;
        private String pageInfoKey;
        private long limit;
        private PageListener listener = PageListener.NONE;

        private Builder(GraphQLRequest first, RowTarget target) {
            this.first = first;
            this.target = target;
        }

        /** Follow every page, passing the cursor as {@code binding} says; null for the first page only. */
        public Builder cursor(CursorBinding binding, String pageInfo) {
            cursor = binding;
            pageInfoKey = pageInfo;
            return this;
        }

        public Builder limit(long value) {
            limit = value;
            return this;
        }

        public Builder listener(PageListener value) {
            listener = value;
            return this;
        }

        public PageRequest build() {
            return new PageRequest(first, target, cursor, pageInfoKey, limit, listener);
        }
    }
}
