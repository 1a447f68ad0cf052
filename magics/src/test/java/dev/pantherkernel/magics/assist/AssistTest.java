package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.testing.ApiSchema;
import dev.pantherkernel.magics.table.Result;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AssistTest {

    private final CommandLineAssist line = new CommandLineAssist();
    private final GraphQLAssist graphql = new GraphQLAssist(ApiSchema.get());

    private static int end(String text) {
        return text.length();
    }

    @Test
    void commandNamesComplete() {
        String text = "%panther al";
        Completion c = line.complete(text, end(text)).orElseThrow();

        assertThat(c.candidates()).containsExactly("alert", "alerts");
        assertThat(c.start()).isEqualTo("%panther ".length());
    }

    @Test
    void optionNamesOfTheCommandComplete() {
        String text = "%panther alerts --sev";

        assertThat(line.complete(text, end(text)).orElseThrow().candidates()).containsExactly("--severity");
    }

    @Test
    void enumValuesCompleteAfterTheirOptionEvenInACommaList() {
        String text = "%panther alerts --severity HIGH,cr";
        Completion c = line.complete(text, end(text)).orElseThrow();

        assertThat(c.candidates()).containsExactly("CRITICAL");
        assertThat(c.start()).isEqualTo(text.length() - 2);
        String statuses = "%panther alert 0123 --status ";
        assertThat(line.complete(statuses, end(statuses)).orElseThrow().candidates())
                .containsExactly("CLOSED", "OPEN", "RESOLVED", "TRIAGED");
        String permissions = "%panther role create bot --permissions AlertRead,User";
        assertThat(line.complete(permissions, end(permissions)).orElseThrow().candidates())
                .containsExactly("UserModify", "UserRead");
    }

    @Test
    void chartCompletesTheColumnsOfItsTableInAnyCase() {
        Table events = Table.create("events", StringColumn.create("EVENTTYPE"), StringColumn.create("P_EVENT_TIME"),
                StringColumn.create("ACTOR"));
        CommandLineAssist withVariables = new CommandLineAssist(name -> Optional.ofNullable(Map.of("events", (Object) events)
                .get(name)), Optional::empty);

        String x = "%panther chart events --kind bar --x eve";
        String by = "%panther chart events --x P_EVENT_TIME --by ";

        assertThat(withVariables.complete(x, end(x)).orElseThrow().candidates()).containsExactly("EVENTTYPE");
        assertThat(withVariables.complete(by, end(by)).orElseThrow().candidates())
                .containsExactly("ACTOR", "EVENTTYPE", "P_EVENT_TIME");
        assertThat(line.complete(x, end(x))).as("without the session's variables").isEmpty();
    }

    @Test
    void chartWithoutATableCompletesTheColumnsOfTheLastResult() {
        Result alerts = Result.newResult(Table.create("alerts", StringColumn.create("severity"), StringColumn.create("origin.name")))
                .operation("alerts").build();
        CommandLineAssist afterAlerts = new CommandLineAssist(name -> Optional.empty(), () -> Optional.of(alerts));

        String x = "%panther chart --kind bar --x ori";

        assertThat(afterAlerts.complete(x, end(x)).orElseThrow().candidates()).containsExactly("origin.name");
    }

    @Test
    void subcommandsAndPositionalValuesComplete() {
        String metrics = "%panther metrics alerts-per-s";
        assertThat(line.complete(metrics, end(metrics)).orElseThrow().candidates()).containsExactly("alerts-per-severity");
        String role = "%panther role ";
        assertThat(line.complete(role, end(role)).orElseThrow().candidates()).containsExactly("create", "delete", "update");
        String help = "%panther help us";
        assertThat(line.complete(help, end(help)).orElseThrow().candidates()).containsExactly("user", "users");
    }

    @Test
    void shiftTabOnAnOptionShowsItsDescription() {
        String text = "%panther alerts --severity HIGH";

        assertThat(line.inspect(text, "%panther alerts --sev".length()).orElseThrow())
                .contains("--severity").contains("CRITICAL");
        assertThat(line.inspect(text, "%panther ale".length()).orElseThrow()).contains("Usage: %panther alerts");
    }

    @Test
    void graphqlFieldsValidAtTheCursorComplete() {
        String text = "query {\n  alerts(input: {}) {\n    edges { node { sev";

        Completion c = graphql.complete(text, end(text)).orElseThrow();

        assertThat(c.candidates()).containsExactly("severity");
        assertThat(c.start()).isEqualTo(text.length() - 3);
    }

    @Test
    void graphqlArgumentsInputFieldsAndEnumValuesComplete() {
        String args = "{ alerts(inp";
        assertThat(graphql.complete(args, end(args)).orElseThrow().candidates()).containsExactly("input");
        String inputs = "{ alerts(input: {createdAtAfter: \"x\", sev";
        assertThat(graphql.complete(inputs, end(inputs)).orElseThrow().candidates()).containsExactly("severities");
        String values = "{ alerts(input: {severities: [C";
        assertThat(graphql.complete(values, end(values)).orElseThrow().candidates()).containsExactly("CRITICAL");
        String union = "{ alert(id: \"x\") { origin { ... on Det";
        assertThat(graphql.complete(union, end(union)).orElseThrow().candidates()).contains("Detection");
        String afterFragment = "{ alert(id: \"x\") { origin { ... on Detection { na";
        assertThat(graphql.complete(afterFragment, end(afterFragment)).orElseThrow().candidates()).containsExactly("name");
    }

    @Test
    void shiftTabOnAGraphqlFieldShowsTypeArgumentsAndDescription() {
        String text = "{ alerts(input: {}) { edges { node { id } } } }";

        String doc = graphql.inspect(text, 4).orElseThrow();

        assertThat(doc).startsWith("Query.alerts(input: AlertsInput!): AlertsOutput!");
        assertThat(graphql.inspect(text, text.indexOf("input") + 2).orElseThrow()).startsWith("input: AlertsInput!");
    }
}
