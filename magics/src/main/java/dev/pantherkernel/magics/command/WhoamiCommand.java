package dev.pantherkernel.magics.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code %panther whoami}: which Panther, which credentials (by where they came from, never their value), and what
 * the token may do, as Panther's REST API says of the calling token ({@code GET /api-tokens/self}).
 */
@Command(name = "whoami", header = "The connection, where its token came from, and what the token may do.",
        description = {"Show the connection, where its token came from (never the token itself),",
        "and the token's name and permissions as Panther reports them."})
final class WhoamiCommand extends TableCommand {

    static final RestRequest SELF = RestRequest.get("/api-tokens/{id}", "self");

    WhoamiCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Connection connection = context.connection();
        Facts facts = ConnectCommand.facts(connection);
        String unknown = null;
        try {
            JsonNode token = connection.client().rest(SELF);
            facts.put("tokenName", token.path("name").asText(""))
                    .put("tokenId", token.path("id").asText(""))
                    .put("permissions", String.join(", ", texts(token.path("permissions"))));
            if (token.hasNonNull("expiresAt")) {
                facts.put("expiresAt", token.path("expiresAt").asText());
            }
        } catch (PantherException e) {
            unknown = "the token's permissions are not known: " + e.getMessage();
        }
        Result described = ConnectCommand.describe(connection, "whoami", facts);
        String warning = unknown;
        return warning == null ? described : described.transform(b -> b.warning(warning));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(value -> out.add(value.asText()));
        return out;
    }
}
