package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code {name}} on a {@code %panther} line stands for what it stands in: in an option whose value is SQL a safe
 * literal, in a GraphQL variable a typed value, elsewhere text. Values taken from log data must never become code.
 */
class PlaceholdersOnMagicLinesTest {

    private static final String HOSTILE_TAIL = "' OR '1'='1";

    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    private static long consoleLogins;
    private static long allEvents;

    @BeforeAll
    static void countTheEvents() {
        SharedEmulator.get();
        PantherMagics counting = new PantherMagics(Sessions.demoToken(new RecordingHost()));
        consoleLogins = count(counting, "WHERE eventName = 'ConsoleLogin'");
        allEvents = count(counting, "");
    }

    private static long count(PantherMagics magics, String where) {
        Result result = (Result) magics.cell(List.of("sql"), "SELECT count(*) AS n FROM aws_cloudtrail " + where);
        return ((Number) result.table().column(0).get(0)).longValue();
    }

    private LakeChartResult chartWhere(String condition) {
        return (LakeChartResult) magics.line(List.of("chart", "--table", "aws_cloudtrail", "--x", "p_event_time",
                "--bucket", "1d", "--where", condition));
    }

    @Test
    void aStringInWhereIsBoundAsASqlLiteralNotPastedAsText() {
        host.variables.put("ev", "ConsoleLogin");

        LakeChartResult chart = chartWhere("eventName = {ev}");

        assertThat(consoleLogins).isPositive();
        assertThat(chart.rowsAggregated()).isEqualTo(consoleLogins);
    }

    @ParameterizedTest
    @ValueSource(strings = {HOSTILE_TAIL, "x'; DROP TABLE aws_cloudtrail; --", "x' -- comment", "x' /* comment */ OR 'a'='a",
            "x\" OR \"a\"=\"a", "x\\' OR 1=1 --"})
    void aValueFromLogDataCannotChangeTheConditionItIsPutIn(String hostile) {
        host.variables.put("ev", hostile);

        LakeChartResult chart = chartWhere("eventName = {ev} OR eventName = 'ConsoleLogin'");

        assertThat(chart.rowsAggregated()).isEqualTo(consoleLogins).isLessThan(allEvents);
    }

    @Test
    void aListInWhereIsBoundAsAParenthesisedListOfLiterals() {
        host.variables.put("names", List.of("ConsoleLogin", "x" + HOSTILE_TAIL, "a;b--c"));

        LakeChartResult chart = chartWhere("eventName IN {names}");

        assertThat(chart.rowsAggregated()).isEqualTo(consoleLogins);
    }

    @Test
    void anIdentifierPlaceholderInWhereTakesAColumnTheCatalogKnowsAndRefusesAnythingElse() {
        host.variables.put("col", "eventName");
        host.variables.put("bad", "eventName = eventName OR 1");

        assertThat(chartWhere("{col!ident} = 'ConsoleLogin'").rowsAggregated()).isEqualTo(consoleLogins);
        assertThatThrownBy(() -> chartWhere("{bad!ident} = 'ConsoleLogin'")).hasMessageContaining("{bad!ident}");
    }

    @Test
    void anUnknownNameInWhereIsOneErrorSayingToDeclareIt() {
        assertThatThrownBy(() -> chartWhere("eventName = {nowhere}"))
                .hasMessageContaining("there is no Java variable nowhere");
    }

    @Test
    void theSubstitutionLeavesSqlAndGraphQLVariableValuesForTheirCommandsAndFillsTheRestAsText() {
        Map<String, Object> variables = Map.of("ev", "ConsoleLogin", "id", "abc123", "n", 42, "since", Duration.ofDays(1));

        List<String> words = ArgumentVariables.substitute(Dispatcher.grammar(), List.of("chart", "--table", "{ev}",
                "--where", "eventName = {ev}", "--where=x = {ev}", "--since", "{since}"), name -> Optional.ofNullable(variables.get(name)));
        List<String> graphql = ArgumentVariables.substitute(Dispatcher.grammar(), List.of("graphql", "--var", "n={n}",
                "--var=id={id}", "--path", "{id}"), name -> Optional.ofNullable(variables.get(name)));

        assertThat(words).containsExactly("chart", "--table", "ConsoleLogin", "--where", "eventName = {ev}",
                "--where=x = {ev}", "--since", "1d");
        assertThat(graphql).containsExactly("graphql", "--var", "n={n}", "--var=id={id}", "--path", "abc123");
    }

    @Test
    void aListPlaceholderWhereSeveralValuesAreTakenBecomesOneWordPerElement() {
        List<String> words = ArgumentVariables.substitute(Dispatcher.grammar(), List.of("search", "{ips}", "--since", "1d"),
                name -> Optional.of(List.of("203.0.113.9", "198.51.100.7")));

        assertThat(words).containsExactly("search", "203.0.113.9", "198.51.100.7", "--since", "1d");
    }

    @Test
    void aGraphQLVariableTakesTheJavaValueWithItsTypeAndTextStaysAString() {
        String email = ((Result) magics.line(List.of("users"))).table().stringColumn("email").get(0);
        host.variables.put("who", email);
        host.variables.put("jsonLooking", "{\"email\": \"" + email + "\"}");
        String operation = "query($email: String!) { userByEmail(email: $email) { email } }";

        Result found = (Result) magics.cell(List.of("graphql", "--var", "email={who}"), operation);

        assertThat(found.table().stringColumn("email").asList()).containsExactly(email);
        // pasted as text, the JSON-looking string would have been read as an object and refused as a String!
        assertThatThrownBy(() -> magics.cell(List.of("graphql", "--var", "email={jsonLooking}"), operation))
                .hasMessageNotContaining("String!").hasMessageNotContaining("LinkedHashMap");
    }
}
