package dev.pantherkernel.magics.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.NotFoundException;
import dev.pantherkernel.magics.client.RestPaths;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.JsonRowsTableBuilder;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code %panther rest GET /data-models}: any call of Panther's REST API into a table, as {@code %%panther graphql} is
 * for GraphQL. A list is followed to its last page; a change (any method but GET) takes its JSON body from the cell and
 * is sent once.
 */
@Command(name = "rest", header = "Any call of Panther's REST API: a GET is paged to the end, a change sent once.",
        description = {
        "Call Panther's REST API (at the API host's root, with the same token) and make a table of the answer:",
        "a list's rows ({results, next}) from every page, or one row for one object. POST, PUT, PATCH and DELETE",
        "take their JSON body from the cell and are sent once, never retried. Examples:",
        "  %%panther rest GET /data-models",
        "  %%panther rest GET /rules --param state=disabled --param severity=HIGH --param severity=CRITICAL",
        "  %%%%panther rest POST /queries      (the cell body: {\"name\": \"...\", \"sql\": \"...\"})"})
final class RestCommand extends TableCommand implements TakesCellBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "METHOD", description = "GET, POST, PUT, PATCH or DELETE.")
    String method;

    @Parameters(index = "1", paramLabel = "PATH", description = "The path, from the API host's root: /rules/AWS.Root.Login.")
    String path;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A query parameter; repeat it for several values.")
    List<String> params = new ArrayList<>();

    private String body = "";

    RestCommand(CommandContext context) {
        super(context);
    }

    @Override
    public String bodyName() {
        return "JSON body";
    }

    @Override
    public void body(String text) {
        this.body = text;
    }

    @Override
    public Result call() {
        RestRequest.Method verb;
        try {
            verb = RestRequest.Method.valueOf(method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("rest " + method + ": the method is GET, POST, PUT, PATCH or DELETE");
        }
        if (!path.startsWith("/") || path.contains("?") || path.contains("{")) {
            throw new UsageException("rest " + method + " " + path + ": write the path from the host's root (/rules/ID), "
                    + "and query parameters with --param NAME=VALUE");
        }
        RestRequest request = new RestRequest(verb, path, List.of(), Map.of(), null);
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param " + param + ": write it as NAME=VALUE");
            }
            String name = param.substring(0, eq);
            List<String> values = new ArrayList<>(request.query().getOrDefault(name, List.of()));
            values.add(param.substring(eq + 1));
            request = request.query(name, values);
        }
        if (!body.isBlank()) {
            if (verb == RestRequest.Method.GET) {
                throw new UsageException("GET takes no body: leave the cell body empty");
            }
            try {
                JsonNode parsed = JSON.readTree(body);
                request = request.body(parsed);
            } catch (JsonProcessingException e) {
                throw new UsageException("the cell body is not JSON: " + e.getOriginalMessage());
            }
        }
        Result result;
        try {
            result = context.runRest(request, new JsonRowsTableBuilder("rest"), verb + " " + path, table);
        } catch (NotFoundException e) {
            throw RestPaths.hintFor(path).map(e::withHint).orElse(e);
        }
        return verb == RestRequest.Method.GET ? result
                : result.transform(b -> b.detail("changed: sent " + verb + " " + path + " once"));
    }
}
