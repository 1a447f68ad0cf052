package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.DemoSize;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;


/** {@code %panther connect}: resolves where to connect, checks the connection, and says where it is (never the token). */
@Command(name = "connect", header = "Connect to Panther (flags, environment, profile file, or the demo) and check it.", description = {
        "Connect to Panther and check the connection. Where from, first match wins:",
        "  --url/--token-env/--profile/--prompt flags; PANTHER_API_URL + PANTHER_API_TOKEN;",
        "  the profile file ~/.config/panther-kernel/profiles.toml; the built-in demo (synthetic data).",
        "--replay FILE answers from a recording (%%panther record) instead: no Panther, no token; every later",
        "connect of the session replays it too, until the kernel restarts."})
final class ConnectCommand extends TableCommand {

    static final String DEMO_BANNER = "DEMO: connected to the built-in Panther emulator; all data is synthetic. "
            + "Set PANTHER_API_URL and PANTHER_API_TOKEN (or --url/--profile) to query your own Panther.";

    @Option(names = "--url", paramLabel = "URL", description = "Your Panther: https://NAME.runpanther.net, or the API's full URL.")
    String url;

    @Option(names = "--token-env", paramLabel = "VAR", description = "Read the API token from this environment variable.")
    String tokenEnv;

    @Option(names = "--profile", paramLabel = "NAME", description = "Use this profile from ~/.config/panther-kernel/profiles.toml.")
    String profile;

    @Option(names = "--demo", description = "Use the built-in demo: a local Panther emulator with synthetic data.")
    boolean demo;

    @Option(names = "--demo-scale", paramLabel = "X",
            description = "With --demo: about 50,000 events per log table times X (default 1).")
    Double demoScale;

    @Option(names = "--demo-days", paramLabel = "D", description = "With --demo: the days the events span, ending now (default 30).")
    Integer demoDays;

    @Option(names = "--prompt", description = "Ask for the API token with a password prompt.")
    boolean prompt;

    @Option(names = "--replay", paramLabel = "FILE",
            description = "Answer from this recording (made with %%panther record): nothing is sent anywhere, no token needed.")
    Path replay;

    ConnectCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        DemoSize size;
        try {
            size = new DemoSize(demoScale == null ? DemoSize.DEFAULT.scale() : demoScale,
                    demoDays == null ? DemoSize.DEFAULT.days() : demoDays);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean sized = demoScale != null || demoDays != null;
        Connection connection = context.session().connect(ConnectOptions.newConnectOptions().url(url).tokenEnv(tokenEnv)
                .profile(profile).demo(demo || sized).prompt(prompt).demoSize(size).replay(replay).build());
        return describe(connection, "connect");
    }

    static Result describe(Connection connection, String operation) {
        return describe(connection, operation, facts(connection));
    }

    /** The connection's facts as a one-row table, with the demo's banner when it is the demo. */
    static Result describe(Connection connection, String operation, Facts facts) {
        Result.Builder result = Result.newResult(facts.table("connection")).operation(operation);
        if (connection.demo()) {
            result.warning(DEMO_BANNER);
        }
        connection.replayedFrom().ifPresent(from -> result.warning("REPLAY: " + from + "; every answer comes from the "
                + "recording, nothing is sent to Panther, and every connect of this session replays it until the kernel "
                + "restarts"));
        return result.build();
    }

    /** Where the connection goes, which Panther answers there, and where its token came from. */
    static Facts facts(Connection connection) {
        return new Facts()
                .put("endpoint", connection.endpoint().toString())
                .put("pantherVersion", connection.pantherVersion())
                .put("demo", connection.demo())
                .put("credentials", connection.settings().origin().description()
                        + (connection.settings().profile() == null ? "" : " '" + connection.settings().profile() + "'"));
    }
}
