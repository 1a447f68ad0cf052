package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PublicApi;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Timeouts and retry limits of the API client, and how values are sent (see {@link SentValues}). Defaults suit an
 * interactive notebook.
 */
@PublicApi
public record ClientOptions(Duration connectTimeout, Duration requestTimeout, int maxAttempts, Duration firstBackoff,
                            Duration maxBackoff, Duration maxRetryAfter, Sleeper sleeper, Duration introspectionTimeout,
                            SentValues sentValues) {

    public static ClientOptions defaults() {
        return newClientOptions().build();
    }

    public static Builder newClientOptions() {
        return new Builder();
    }

    /** A copy of these options with {@code changes} made. */
    public ClientOptions transform(Consumer<Builder> changes) {
        Builder b = new Builder().connectTimeout(connectTimeout).requestTimeout(requestTimeout).maxAttempts(maxAttempts)
                .firstBackoff(firstBackoff).maxBackoff(maxBackoff).maxRetryAfter(maxRetryAfter).sleeper(sleeper)
                .introspectionTimeout(introspectionTimeout).sentValues(sentValues);
        changes.accept(b);
        return b.build();
    }

    /** Waits between attempts; tests replace it to run without real waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 5;
        private Duration firstBackoff = Duration.ofMillis(250);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxRetryAfter = Duration.ofSeconds(60);
        private Sleeper sleeper = Sleeper.REAL;
        private Duration introspectionTimeout = Duration.ofSeconds(20);
        private SentValues sentValues = SentValues.AS_SHOWN;

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            maxAttempts = Math.max(1, value);
            return this;
        }

        public Builder firstBackoff(Duration value) {
            firstBackoff = value;
            return this;
        }

        public Builder maxBackoff(Duration value) {
            maxBackoff = value;
            return this;
        }

        public Builder maxRetryAfter(Duration value) {
            maxRetryAfter = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = value;
            return this;
        }

        /** How long to wait for the API schema before running commands without it. */
        public Builder introspectionTimeout(Duration value) {
            introspectionTimeout = value;
            return this;
        }

        /** How values go out: the session's redaction sends a pseudonym as its original. */
        public Builder sentValues(SentValues value) {
            sentValues = value;
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(connectTimeout, requestTimeout, maxAttempts, firstBackoff, maxBackoff,
                    maxRetryAfter, sleeper, introspectionTimeout, sentValues);
        }
    }
}
