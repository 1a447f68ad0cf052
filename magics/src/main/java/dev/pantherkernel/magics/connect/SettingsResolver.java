package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides where to connect and with which token, in this order: flags ({@code --url}, {@code --token-env},
 * {@code --profile}, {@code --prompt}), then {@code PANTHER_API_URL} + {@code PANTHER_API_TOKEN}, then the
 * profile file, then the built-in demo. {@code --demo} goes straight to the demo.
 */
@Internal
public final class SettingsResolver {

    public static final String URL_VARIABLE = "PANTHER_API_URL";
    public static final String TOKEN_VARIABLE = "PANTHER_API_TOKEN";

    private final Environment environment;
    private final SecretPrompt prompt;
    private final Supplier<DemoProvider.DemoServer> demo;

    public SettingsResolver(Environment environment, SecretPrompt prompt, Supplier<DemoProvider.DemoServer> demo) {
        this.environment = environment;
        this.prompt = prompt;
        this.demo = demo;
    }

    public ConnectionSettings resolve(ConnectOptions options) {
        if (options.demo()) {
            return demo();
        }
        if (options.profile() != null) {
            ProfileFile file = ProfileFile.in(environment.configDirectory()).orElseThrow(() -> new PantherException(
                    "no profile file at " + environment.configDirectory().resolve(ProfileFile.FILE_NAME)
                            + "; create it with a [" + options.profile() + "] table holding url and token"));
            return fromProfile(file, options.profile(), options);
        }
        Optional<String> url = Optional.ofNullable(options.url()).or(() -> environment.variable(URL_VARIABLE));
        if (url.isPresent() || options.tokenEnv() != null || options.prompt()) {
            return fromFlagsOrEnvironment(url, options);
        }
        if (environment.variable(TOKEN_VARIABLE).isPresent()) {
            throw new PantherException(TOKEN_VARIABLE + " is set but " + URL_VARIABLE + " is not; set it to your "
                    + "Panther address (https://<name>.runpanther.net), or pass --url");
        }
        Optional<ProfileFile> file = ProfileFile.in(environment.configDirectory());
        if (file.isPresent() && file.get().profile(null).isPresent()) {
            return fromProfile(file.get(), null, options);
        }
        return demo();
    }

    /**
     * Whether {@link #resolve} with no flags lands on the built-in demo: no {@code PANTHER_API_URL} or token in the
     * environment and no default profile. A profile file that cannot be read counts as naming a Panther (the command
     * that connects says why it cannot).
     */
    public boolean landsOnDemo() {
        if (environment.variable(URL_VARIABLE).isPresent() || environment.variable(TOKEN_VARIABLE).isPresent()) {
            return false;
        }
        try {
            return ProfileFile.in(environment.configDirectory()).flatMap(file -> file.profile(null)).isEmpty();
        } catch (PantherException unreadable) {
            return false;
        }
    }

    /**
     * The address {@link #resolve} with no flags would connect to, without reading a token or starting the demo:
     * {@code PANTHER_API_URL}, else the default profile's url; empty for the demo, or when it cannot be read (the
     * command that connects says why).
     */
    public Optional<Endpoint> defaultEndpoint() {
        try {
            Optional<String> url = environment.variable(URL_VARIABLE).or(() -> ProfileFile.in(environment.configDirectory())
                    .flatMap(file -> file.profile(null)).map(profile -> profile.get("url")));
            return url.map(Endpoint::parse);
        } catch (PantherException unreadable) {
            return Optional.empty();
        }
    }

    private ConnectionSettings fromFlagsOrEnvironment(Optional<String> url, ConnectOptions options) {
        String address = url.orElseThrow(() -> new PantherException(
                "no Panther URL: pass --url https://<name>.runpanther.net or set " + URL_VARIABLE));
        Endpoint endpoint = Endpoint.parse(address);
        ApiToken token;
        if (options.tokenEnv() != null) {
            token = ApiToken.of(environment.variable(options.tokenEnv()).orElseThrow(() -> new PantherException(
                    "the environment variable " + options.tokenEnv() + " (from --token-env) is not set")),
                    "$" + options.tokenEnv());
        } else if (options.prompt()) {
            token = ask(endpoint);
        } else {
            token = ApiToken.of(environment.variable(TOKEN_VARIABLE).orElseThrow(() -> new PantherException(
                    "no API token for " + endpoint + ": set " + TOKEN_VARIABLE + ", pass --token-env VAR, or --prompt")),
                    "$" + TOKEN_VARIABLE);
        }
        boolean fromFlags = options.url() != null || options.tokenEnv() != null;
        Origin origin = options.prompt() ? Origin.PROMPT : fromFlags ? Origin.FLAGS : Origin.ENVIRONMENT;
        return new ConnectionSettings(endpoint, token, origin, null);
    }

    private ConnectionSettings fromProfile(ProfileFile file, String name, ConnectOptions options) {
        String chosen = name == null ? file.defaultName() : name;
        Map<String, String> profile = file.profile(name).orElseThrow(() -> new PantherException(
                "no profile '" + chosen + "' in " + file.path() + " (it has: " + String.join(", ", file.names()) + ")"));
        String url = options.url() != null ? options.url() : profile.get("url");
        if (url == null) {
            throw new PantherException("profile '" + chosen + "' in " + file.path() + " has no url");
        }
        Endpoint endpoint = Endpoint.parse(url);
        ApiToken token;
        if (options.prompt()) {
            token = ask(endpoint);
        } else if (profile.containsKey("token")) {
            token = ApiToken.of(profile.get("token"), "profile '" + chosen + "'");
        } else if (profile.containsKey("token_env")) {
            String variable = profile.get("token_env");
            token = ApiToken.of(environment.variable(variable).orElseThrow(() -> new PantherException(
                    "profile '" + chosen + "' reads its token from $" + variable + ", which is not set")), "$" + variable);
        } else {
            throw new PantherException("profile '" + chosen + "' in " + file.path() + " has no token or token_env");
        }
        return new ConnectionSettings(endpoint, token, options.prompt() ? Origin.PROMPT : Origin.PROFILE, chosen);
    }

    private ApiToken ask(Endpoint endpoint) {
        String answer = prompt.ask("Panther API token for " + endpoint.uri().getHost() + ": ").orElseThrow(() ->
                new PantherException("this front end cannot ask for a password (nbconvert cannot); set "
                        + TOKEN_VARIABLE + " or use --token-env VAR instead of --prompt"));
        return ApiToken.of(answer, "the prompt");
    }

    private ConnectionSettings demo() {
        DemoProvider.DemoServer server = demo.get();
        return new ConnectionSettings(Endpoint.parse(server.url()), ApiToken.of(server.token(), "the demo"),
                Origin.DEMO, null);
    }

    /** Asks the user for a secret without echoing it (Jupyter's password input); empty when it cannot ask. */
    @FunctionalInterface
    public interface SecretPrompt {

        Optional<String> ask(String prompt);

        SecretPrompt NONE = prompt -> Optional.empty();
    }
}
