package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.Internal;
import java.nio.file.Path;

/**
 * What the user asked of {@code %panther connect}. All optional; absent means "resolve in the usual order":
 * flags, then PANTHER_API_URL/PANTHER_API_TOKEN, then the profile file, then the demo. {@code replay} names a
 * recording to answer from instead of any Panther. Made with {@link #newConnectOptions()}.
 */
@Internal
public record ConnectOptions(String url, String tokenEnv, String profile, boolean demo, boolean prompt,
                             DemoSize demoSize, Path replay) {

    public ConnectOptions {
        demoSize = demoSize == null ? DemoSize.DEFAULT : demoSize;
    }

    /** Nothing asked: resolve in the usual order. */
    public static ConnectOptions defaults() {
        return newConnectOptions().build();
    }

    public static Builder newConnectOptions() {
        return new Builder();
    }

    public static final class Builder {
        private String url;
        private String tokenEnv;
        private String profile;
        private boolean demo;
        private boolean prompt;
        private DemoSize demoSize = DemoSize.DEFAULT;
        private Path replay;

        private Builder() {
        }

        public Builder url(String value) {
            url = value;
            return this;
        }

        /** The environment variable that holds the token. */
        public Builder tokenEnv(String value) {
            tokenEnv = value;
            return this;
        }

        public Builder profile(String value) {
            profile = value;
            return this;
        }

        public Builder demo(boolean value) {
            demo = value;
            return this;
        }

        /** Ask for the token without echoing it. */
        public Builder prompt(boolean value) {
            prompt = value;
            return this;
        }

        public Builder demoSize(DemoSize value) {
            demoSize = value;
            return this;
        }

        /** Answer from this recording: no Panther, no token, no network. */
        public Builder replay(Path value) {
            replay = value;
            return this;
        }

        public ConnectOptions build() {
            return new ConnectOptions(url, tokenEnv, profile, demo, prompt, demoSize, replay);
        }
    }
}
