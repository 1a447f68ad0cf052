package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/**
 * What a value shown in the notebook stands for when it goes to Panther: the session's redaction shows pseudonyms
 * instead of emails, IPs and the like, and a pseudonym put back into a query must reach Panther as the value it
 * replaced, or pivots would find nothing. The client sends every GraphQL variable and REST value through
 * {@link #whole}; code that writes values into query text (SQL literals, magic words) uses {@link #within} before
 * quoting them.
 */
@Internal
public interface SentValues {

    /** Every value as it is: a session that never redacted anything. */
    SentValues AS_SHOWN = new SentValues() {
        @Override
        public String whole(String value) {
            return value;
        }

        @Override
        public String within(String text) {
            return text;
        }

        @Override
        public boolean replacesAny() {
            return false;
        }
    };

    /** The original of {@code value} when all of it is a pseudonym of this session; otherwise {@code value}. */
    String whole(String value);

    /** {@code text} with each pseudonym of this session in it replaced by its original. */
    String within(String text);

    /** Whether any value can be replaced yet (no pseudonym made, nothing to look for). */
    boolean replacesAny();
}
