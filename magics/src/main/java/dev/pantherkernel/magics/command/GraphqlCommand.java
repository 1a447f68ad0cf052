package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.graphql.JavaValues;
import dev.pantherkernel.magics.graphql.SessionVariables;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code %%panther graphql}: any operation, validated before it is sent (when the server gives its schema), its
 * connection paged to the end.
 */
@Command(name = "graphql", header = "Run any GraphQL operation in the cell body: validated first, every page followed.", description = {
        "Run the GraphQL operation in the cell body. It is validated against the schema first (errors show",
        "the cell line and column; without introspection Panther checks it); a selected connection",
        "(edges { node } + pageInfo) is followed to its last page. Otherwise the rows are the first",
        "field's: a list's items, or one object (the footer names the lists inside it, each a table with",
        "--path); { __schema { types { name } } } lists the types (`%%panther schema` shows them as tables)."})
final class GraphqlCommand extends TableCommand implements TakesCellBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String body = "";
    private int bodyLine;

    @BindsPlaceholders
    @Option(names = "--var", paramLabel = "NAME=VALUE", description = {
            "A variable: VALUE is {javaVariable} (its value, typed), JSON (42, true, \"text\", [..], {..}),",
            "or else a string."})
    List<String> variables = new ArrayList<>();

    @Option(names = "--path", paramLabel = "A.B", description = "Where the rows are when the operation selects several fields.")
    String path;

    @Option(names = "--no-paging", description = "Fetch the first page only.")
    boolean noPaging;

    @Option(names = "--operation", paramLabel = "NAME", description = "Which operation of the cell to run.")
    String operationName;

    GraphqlCommand(CommandContext context) {
        super(context);
    }

    @Override
    public String bodyName() {
        return "GraphQL operation";
    }

    @Override
    public void body(String body) {
        this.body = body;
    }

    @Override
    public void bodyStartsAt(int cellLine) {
        this.bodyLine = cellLine;
    }


    @Override
    public Result call() {
        if (body.isBlank()) {
            throw new UsageException("%%panther graphql needs the operation in the cell body, below the first line");
        }
        // a pseudonym in a variable's value is asked about as the original it stands for
        String text = SessionVariables.substitute(body, context.session().variables());
        Operation operation = Operation.newOperation("graphql", text).variables(variables()).operationName(operationName)
                .path(path).paging(!noPaging).limit(table.limit()).columns(table.columns()).firstLine(bodyLine).build();
        return context.run(operation);
    }

    private Map<String, Object> variables() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String assignment : variables) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--var " + assignment + ": write it as NAME=VALUE");
            }
            String name = assignment.substring(0, eq).strip();
            String value = assignment.substring(eq + 1);
            out.put(name, value(name, value));
        }
        return out;
    }

    private Object value(String name, String text) {
        String t = text.strip();
        if (t.matches("\\{[A-Za-z_$][A-Za-z0-9_$]*}")) {
            String variable = t.substring(1, t.length() - 1);
            Object java = context.session().variables().apply(variable).orElseThrow(() -> new UsageException(
                    "--var " + name + "=" + t + ": there is no Java variable " + variable));
            return JavaValues.toJson(variable, java);
        }
        String filled = ArgumentVariables.text(text, context.session().variables());
        if (!filled.equals(text)) {
            // a value put into text is data: it stays a string, never read as JSON
            return filled;
        }
        try {
            return JSON.readValue(t, Object.class);
        } catch (IOException notJson) {
            return text;
        }
    }
}
