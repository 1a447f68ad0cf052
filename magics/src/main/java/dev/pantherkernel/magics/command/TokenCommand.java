package dev.pantherkernel.magics.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.ConnectionSettings;
import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.connect.ProfileFile;
import dev.pantherkernel.magics.connect.ProfileTokenWriter;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** {@code %panther token rotate}: a new value for the session's own API token, kept where it can be found again. */
@Command(name = "token", description = "The session's own API token: rotate it (its value is never shown).",
        subcommands = TokenCommand.Rotate.class, synopsisSubcommandLabel = "rotate")
final class TokenCommand {

    static final String ROTATE = "mutation PantherKernelRotateToken { rotateAPIToken { token { id name rotatedAt expiresAt value } } }";

    @Command(name = "rotate", header = "Rotate the session's API token and keep the new one in the profile file.",
            description = {
            "Asks Panther for a new value of the token this session uses; the old one stops working at once.",
            "A token from the profile file is replaced there (mode 600) and used at once. A token from the",
            "environment or a prompt is rotated only with --to-profile NAME, which says where to keep the new one:",
            "otherwise the variable would hold a dead token. The new value is never shown."})
    static final class Rotate extends TableCommand {

        @Option(names = "--to-profile", paramLabel = "NAME",
                description = "Keep the new token as this profile of ~/.config/panther-kernel/profiles.toml (added if missing).")
        String toProfile;

        Rotate(CommandContext context) {
            super(context);
        }

        @Override
        public Result call() {
            long started = System.nanoTime();
            Connection connection = context.connection();
            if (connection.replayedFrom().isPresent()) {
                throw new UsageException("token rotate changes Panther's token, and a replay has none (it answers from "
                        + "a recording): connect to Panther to rotate it");
            }
            ConnectionSettings settings = connection.settings();
            Path config = context.session().environment().configDirectory();
            String keepIn = whereToKeep(settings, config);
            ProfileTokenWriter writer = new ProfileTokenWriter(config);
            if (keepIn != null) {
                writer.checkWritable();
            }
            JsonNode token = connection.client().execute(GraphQLRequest.mutation("rotateAPIToken", ROTATE, Map.of()))
                    .path("rotateAPIToken").path("token");
            ApiToken fresh = ApiToken.of(token.path("value").asText(null), "the rotation");
            if (keepIn != null) {
                try {
                    writer.store(keepIn, connection.endpoint().toString(), fresh);
                } catch (PantherException e) {
                    context.session().useToken(fresh, null);
                    throw new PantherException("the token was rotated, but " + e.getMessage() + "; this kernel goes on "
                            + "with the new token, which is kept nowhere else: make a new token in Panther's console "
                            + "before you restart the kernel");
                }
            }
            context.session().useToken(fresh, keepIn);
            Table rotated = Table.create("token",
                    StringColumn.create("id", token.path("id").asText()),
                    StringColumn.create("name", token.path("name").asText()),
                    InstantColumn.create("rotatedAt", new Instant[] {instant(token.path("rotatedAt"))}),
                    InstantColumn.create("expiresAt", new Instant[] {instant(token.path("expiresAt"))}),
                    StringColumn.create("keptIn", keepIn == null ? "this kernel only (the demo's token)"
                            : writer.file() + " [" + keepIn + "]"));
            return Result.newResult(rotated).operation("token rotate").pages(1)
                    .endpoint(connection.endpoint().uri().getHost())
                    .elapsed(Duration.ofNanos(System.nanoTime() - started))
                    .detail("changed: rotated the token; the old value no longer works, this session uses the new one")
                    .build();
        }

        /** The profile to keep the new token in; null for the demo's, which lives only in this kernel. */
        private String whereToKeep(ConnectionSettings settings, Path config) {
            if (toProfile != null) {
                if (toProfile.isBlank() || toProfile.contains("]") || toProfile.contains("\"")) {
                    throw new UsageException("--to-profile '" + toProfile + "': give a plain profile name, like work");
                }
                return toProfile.strip();
            }
            if (settings.demo()) {
                return null;
            }
            boolean tokenInProfile = settings.origin() == Origin.PROFILE && ProfileFile.in(config)
                    .flatMap(file -> file.profile(settings.profile())).map(p -> p.containsKey("token")).orElse(false);
            if (tokenInProfile) {
                return settings.profile();
            }
            String source = settings.origin() == Origin.PROFILE ? "the variable its profile names (token_env)"
                    : settings.origin().description();
            throw new UsageException("the token came from " + source + ", which would hold a dead token after rotating; "
                    + "say where to keep the new one: %panther token rotate --to-profile NAME (in "
                    + config.resolve(ProfileFile.FILE_NAME) + ", mode 600)");
        }

        private static Instant instant(JsonNode value) {
            return value.isTextual() ? Instant.parse(value.asText()) : null;
        }
    }
}
