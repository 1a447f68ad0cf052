package dev.pantherkernel.magics.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code %panther parameters NAME=VALUE...} (or a JSON object in a {@code %%panther parameters} cell): new values for
 * variables a notebook's parameters cell declared, each read as the type of its default ({@code Duration since =
 * Duration.ofDays(7)} takes {@code since=1d}). What {@code panther-run -p NAME VALUE} puts after the cell tagged
 * {@code parameters}; a value is never pasted into code.
 */
@Command(name = "parameters", header = "New values for the notebook's parameters, each read as its default's type.",
        description = {
        "Each NAME must be a variable the notebook declared with its default (in the cell tagged parameters);",
        "VALUE is read as that variable's type: a string, a number, true or false, a duration (1d), a time",
        "(ISO-8601), a date, an enum constant, or a comma-separated list. In a %%%%panther parameters cell the",
        "body may be a JSON object of names and values instead (what panther-run writes)."})
final class ParametersCommand extends TableCommand implements TakesCellBody, KeepsPseudonyms {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "0..*", paramLabel = "NAME=VALUE", description = "A parameter and its new value.")
    List<String> assignments = new ArrayList<>();

    private String body = "";

    ParametersCommand(CommandContext context) {
        super(context);
    }

    @Override
    public String bodyName() {
        return "JSON object of parameters";
    }

    @Override
    public void body(String text) {
        this.body = text;
    }

    @Override
    public Result call() {
        Map<String, String> given = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("parameters " + assignment + ": write it as NAME=VALUE");
            }
            given.put(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
        }
        given.putAll(fromJson(body));
        if (given.isEmpty()) {
            throw new UsageException("parameters needs NAME=VALUE pairs, or a JSON object in a %%panther parameters cell");
        }
        // every value is read before any is set: a bad one leaves all as they were
        Map<String, Object> values = new LinkedHashMap<>();
        given.forEach((name, text) -> {
            Object current = context.host().variable(name).orElseThrow(() -> new UsageException("parameter " + name
                    + ": there is no Java variable " + name + "; declare it with its default in the cell tagged parameters"));
            values.put(name, ParameterValue.read(name, text, current));
        });
        StringColumn names = StringColumn.create("parameter");
        StringColumn types = StringColumn.create("type");
        StringColumn texts = StringColumn.create("value");
        values.forEach((name, value) -> {
            context.host().assign(name, value);
            names.append(name);
            types.append(value instanceof List<?> ? "List" : value.getClass().getSimpleName());
            texts.append(ArgumentVariables.valueText(value));
        });
        return Result.newResult(Table.create("parameters", names, types, texts)).operation("parameters")
                .detail("set " + given.size() + (given.size() == 1 ? " parameter" : " parameters")).build();
    }

    private static Map<String, String> fromJson(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        JsonNode object;
        try {
            object = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UsageException("the cell body is not a JSON object of parameters: " + e.getOriginalMessage());
        }
        if (object == null || !object.isObject()) {
            throw new UsageException("the cell body must be a JSON object: {\"since\": \"1d\"}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            out.put(field.getKey(), value.isArray() ? listText(value) : value.asText());
        }
        return out;
    }

    private static String listText(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return String.join(",", items);
    }
}
