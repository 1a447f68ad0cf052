package dev.pantherkernel.magics.connect;

/**
 * What the user asked of {@code %panther connect}. All optional; absent means "resolve in the usual order":
 * flags, then PANTHER_API_URL/PANTHER_API_TOKEN, then the profile file, then the demo.
 */
public record ConnectOptions(String url, String tokenEnv, String profile, boolean demo, boolean prompt,
                             DemoSize demoSize) {

    public ConnectOptions {
        demoSize = demoSize == null ? DemoSize.DEFAULT : demoSize;
    }

    public ConnectOptions(String url, String tokenEnv, String profile, boolean demo, boolean prompt) {
        this(url, tokenEnv, profile, demo, prompt, DemoSize.DEFAULT);
    }

    public static ConnectOptions defaults() {
        return new ConnectOptions(null, null, null, false, false);
    }
}
