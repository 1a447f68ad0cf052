package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Turns the SQL a user sent into the SQL DuckDB runs, with DuckDB's own parser: {@code json_serialize_sql}
 * gives the syntax tree (it only serializes SELECT statements, so anything that is not a read, or more
 * than one statement, is refused here), calls to Panther's {@code p_occurs_*} macros get the time column
 * as an explicit first argument, and {@code json_deserialize_sql} prints the result back to SQL.
 */
final class SqlPreparer {
    private static final String DEFAULT_TIME_COLUMN = "p_event_time";

    private final ObjectMapper json = new ObjectMapper();

    String prepare(Connection connection, String sql) throws SQLException, QueryRefused {
        JsonNode tree = serialize(connection, sql);
        if (tree.path("error").asBoolean(false)) {
            String type = tree.path("error_type").asText();
            String message = tree.path("error_message").asText();
            if ("not implemented".equals(type)) {
                throw new QueryRefused("only read statements can run here (SELECT, WITH, SHOW, DESCRIBE)");
            }
            throw new QueryRefused(("parser".equals(type) ? "Parser Error: " : "") + message);
        }
        JsonNode statements = tree.path("statements");
        if (statements.size() != 1) {
            throw new QueryRefused("send exactly one statement per query (got " + statements.size() + ")");
        }
        if (!expandMacros(tree)) {
            return sql;
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT json_deserialize_sql(CAST(? AS JSON))")) {
            p.setString(1, json.writeValueAsString(tree));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode serialize(Connection connection, String sql) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT json_serialize_sql(CAST(? AS VARCHAR))")) {
            p.setString(1, sql);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return json.readTree(rs.getString(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("DuckDB returned a syntax tree that is not JSON", e);
        }
    }

    /** Rewrites every macro call in the tree in place; true when there was one. */
    private boolean expandMacros(JsonNode node) throws QueryRefused {
        boolean changed = false;
        if (node instanceof ObjectNode object && isPantherMacroCall(object)) {
            rewriteCall(object);
            changed = true;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
            changed |= expandMacros(it.next());
        }
        return changed;
    }

    private static boolean isPantherMacroCall(ObjectNode node) {
        return "FUNCTION".equals(node.path("class").asText())
                && PantherMacros.ARITY.containsKey(node.path("function_name").asText())
                && node.path("schema").asText().isEmpty()
                && node.path("catalog").asText().isEmpty();
    }

    /** {@code p_occurs_since(d [, alias [, column]])} becomes {@code panther_occurs_since(alias.column, d)}. */
    private void rewriteCall(ObjectNode call) throws QueryRefused {
        String name = call.path("function_name").asText();
        int arity = PantherMacros.ARITY.get(name);
        ArrayNode args = (ArrayNode) call.path("children");
        if (args.size() < arity || args.size() > arity + 2) {
            throw new QueryRefused(name + " takes " + arity + " argument(s), optionally followed by a table alias and a column");
        }
        ArrayNode columnNames = json.createArrayNode();
        if (args.size() > arity) {
            columnNames.add(identifierOf(args.get(arity), name));
        }
        columnNames.add(args.size() > arity + 1 ? identifierOf(args.get(arity + 1), name) : DEFAULT_TIME_COLUMN);
        ObjectNode column = json.createObjectNode();
        column.put("class", "COLUMN_REF");
        column.put("type", "COLUMN_REF");
        column.put("alias", "");
        column.set("query_location", call.get("query_location"));
        column.set("column_names", columnNames);
        ArrayNode rewritten = json.createArrayNode();
        rewritten.add(column);
        for (int i = 0; i < arity; i++) {
            rewritten.add(args.get(i));
        }
        call.set("children", rewritten);
        call.put("function_name", PantherMacros.implementation(name));
        call.put("schema", PantherMacros.SCHEMA);
        call.put("catalog", DuckDb.HOME_CATALOG);
    }

    /** A table alias or column given as a bare name or as a string. */
    private static String identifierOf(JsonNode arg, String macro) throws QueryRefused {
        String kind = arg.path("class").asText();
        if ("COLUMN_REF".equals(kind) && arg.path("column_names").size() == 1) {
            return arg.path("column_names").get(0).asText();
        }
        if ("CONSTANT".equals(kind) && "VARCHAR".equals(arg.path("value").path("type").path("id").asText())) {
            return arg.path("value").path("value").asText();
        }
        throw new QueryRefused(macro + ": a table alias or column must be a name or a string");
    }
}
