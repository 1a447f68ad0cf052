package dev.pantherkernel.magics.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Phase;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import dev.pantherkernel.magics.testing.Sessions;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tech.tablesaw.api.LongColumn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import dev.pantherkernel.emulator.schema.PantherSchema;

/**
 * The fault matrix of issue 8, over real HTTP against the emulator's fault injection: every fault in every phase of
 * alerts paging, a data lake query and an alert change, once transient (one fault fewer than the retry budget) and
 * once persistent. Transient faults must end with exactly the rows a clean run gives; persistent ones with an error
 * that names the fault, the phase and the query id, keeping the rows fetched before (marked partial); and no
 * mutation may reach the server twice unless the server said it did not act on it (a 429, a 503 with Retry-After).
 * Its emulator is its own, so it runs beside the other classes (most of its time is waiting for timeouts).
 */
@Execution(ExecutionMode.CONCURRENT)
class FaultMatrixTest {

    /** Attempts per request in this matrix; the transient faults fire one time fewer. */
    private static final int BUDGET = 3;
    private static final Duration READ_TIMEOUT = Duration.ofMillis(800);
    private static final Duration SLOW_ANSWER = Duration.ofMillis(2000);
    private static final int DATA_LAKE_ROWS = 3500;
    private static final int RESULTS_PAGE = 999;
    private static final int ALERTS_PAGE = 10;
    private static final String SQL = "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => " + DATA_LAKE_ROWS + ")) ORDER BY n";
    private static final String ALERTS = "{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00Z\", "
            + "createdAtBefore: \"2100-01-01T00:00:00Z\", pageSize: " + ALERTS_PAGE + "}) { edges { node { id createdAt } } } }";
    private static final Pattern QUERY_ID = Pattern.compile("query ([0-9a-f]{8}-[0-9a-f-]{27})");
    private static final ReliabilityLog LOG = new ReliabilityLog("fault-matrix");

    private static PantherEmulator emulator;
    private static PantherMagics panther;
    private static Connection connection;
    private static List<String> cleanAlertIds;
    private static List<String> mutationFields;
    private static final RecordingHost HOST = new RecordingHost();
    private static final List<Duration> WAITS = Collections.synchronizedList(new ArrayList<>());

    /** What the server does instead of answering. */
    enum Fault {
        HTTP_500("HTTP 500", "HTTP 500", b -> b.status(500)),
        HTTP_502("HTTP 502", "HTTP 502", b -> b.status(502)),
        HTTP_503("HTTP 503", "HTTP 503", b -> b.status(503)),
        TOO_MANY_REQUESTS("HTTP 429 with Retry-After", "HTTP 429", b -> b.tooManyRequests(Duration.ofSeconds(1))),
        UNAVAILABLE_RETRY_AFTER("HTTP 503 with Retry-After", "HTTP 503", b -> b.status(503).delay(Duration.ofSeconds(1))),
        CONNECTION_RESET("connection reset", "connection reset", FaultRule.Builder::connectionReset),
        READ_TIMEOUT("read timeout", "read timeout", b -> b.delay(SLOW_ANSWER)),
        TRUNCATED_JSON("truncated JSON", "truncated", FaultRule.Builder::truncatedBody),
        HTML_ERROR_PAGE("HTML error page", "HTML error page", FaultRule.Builder::htmlErrorPage),
        TRY_AGAIN("tryAgain", "tryAgain", FaultRule.Builder::tryAgain);

        final String label;
        final String named;
        final UnaryOperator<FaultRule.Builder> kind;

        Fault(String label, String named, UnaryOperator<FaultRule.Builder> kind) {
            this.label = label;
            this.named = named;
            this.kind = kind;
        }

        /** The server says it did not act on the request: safe to send again, mutations too. */
        boolean notActedOn() {
            return this == TOO_MANY_REQUESTS || this == UNAVAILABLE_RETRY_AFTER;
        }
    }

    /** Where in a run the fault strikes. */
    enum Where {
        ALERTS_FIRST_REQUEST("alerts paging", "first request", "the first alerts request", "alerts", null, 0,
                "alerts failed"),
        ALERTS_MIDDLE_PAGE("alerts paging", "middle page", "a middle alerts page", "alerts", null, 1, "page 2"),
        ALERT_CHANGE("alert change", "execute", "an alert status change", "updateAlertStatusById", null, 0,
                "updateAlertStatusById"),
        DATA_LAKE_EXECUTE("data lake query", "execute", "the executeDataLakeQuery request", "executeDataLakeQuery", null,
                0, "executeDataLakeQuery"),
        DATA_LAKE_POLL("data lake query", "poll", "a status poll", "dataLakeQuery", Phase.POLL, 0, "polling query"),
        DATA_LAKE_FIRST_PAGE("data lake query", "first results page", "the first results page", "dataLakeQuery",
                Phase.RESULTS, 0, "results page 1"),
        DATA_LAKE_MIDDLE_PAGE("data lake query", "middle results page", "a middle results page", "dataLakeQuery",
                Phase.RESULTS, 1, "results page 2");

        final String target;
        final String phase;
        final String words;
        final String field;
        final Phase faultPhase;
        final int skip;
        final String named;

        Where(String target, String phase, String words, String field, Phase faultPhase, int skip, String named) {
            this.target = target;
            this.phase = phase;
            this.words = words;
            this.field = field;
            this.faultPhase = faultPhase;
            this.skip = skip;
            this.named = named;
        }

        boolean dataLake() {
            return target.startsWith("data lake");
        }

        boolean mutation() {
            return this == ALERT_CHANGE || this == DATA_LAKE_EXECUTE;
        }

        /** tryAgain is an answer only a results page can give. */
        boolean applies(Fault fault) {
            return fault != Fault.TRY_AGAIN || faultPhase == Phase.RESULTS;
        }

        /** The rows fetched before a persistent fault here, which the partial table must hold. */
        int rowsBefore() {
            return skip == 0 ? 0 : dataLake() ? RESULTS_PAGE : ALERTS_PAGE;
        }
    }

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.05).build());
        ClientOptions options = ClientOptions.newClientOptions().maxAttempts(BUDGET).requestTimeout(READ_TIMEOUT)
                .firstBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).sleeper(WAITS::add).build();
        PantherSession session = new PantherSession(HOST, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), options);
        panther = new PantherMagics(session);
        connection = session.connection();
        cleanAlertIds = alerts().table().stringColumn("id").asList();
        assertThat(cleanAlertIds).as("alerts for three or more pages").hasSizeGreaterThan(2 * ALERTS_PAGE);
        assertThat(dataLake().table().rowCount()).isEqualTo(DATA_LAKE_ROWS);
        mutationFields = new ArrayList<>();
        ((ObjectTypeDefinition) PantherSchema.typeDefinitions().getType("Mutation")
                .orElseThrow()).getFieldDefinitions().stream().map(FieldDefinition::getName).forEach(mutationFields::add);
    }

    @AfterAll
    static void stop() {
        LOG.total("retryBudget", BUDGET);
        LOG.total("readTimeoutMillis", READ_TIMEOUT.toMillis());
        LOG.total("cleanAlertRows", cleanAlertIds == null ? 0 : cleanAlertIds.size());
        LOG.total("dataLakeRows", DATA_LAKE_ROWS);
        LOG.write();
        if (emulator != null) {
            emulator.close();
        }
    }

    @TestFactory
    // one after another: they share the emulator's fault list (beside the other classes, on two threads, they mostly
    // ran in turn anyway; alone, two ran at once and each met the other's faults)
    @Execution(ExecutionMode.SAME_THREAD)
    Stream<DynamicTest> everyFaultInEveryPhase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Where where : Where.values()) {
            for (Fault fault : Fault.values()) {
                if (!where.applies(fault)) {
                    continue;
                }
                for (boolean persistent : List.of(false, true)) {
                    tests.add(DynamicTest.dynamicTest(name(where, fault, persistent), () -> run(where, fault, persistent)));
                }
            }
        }
        return tests.stream();
    }

    private static String name(Where where, Fault fault, boolean persistent) {
        String what = (persistent ? "a persistent " : "a transient ") + fault.label + " on " + where.words;
        if (where.mutation() && fault.notActedOn()) {
            return what + (persistent ? " fails after the retry budget, naming the fault"
                    : " is sent again and makes the change once");
        }
        if (where.mutation()) {
            return what + " fails once, names the fault and never sends the change again";
        }
        if (!persistent) {
            return what + " ends with exactly the right rows";
        }
        return what + (where.rowsBefore() > 0 ? " fails naming the fault and keeps the rows fetched before"
                : " fails naming the fault and the phase");
    }

    private void run(Where where, Fault fault, boolean persistent) {
        FaultRule.Builder rule = fault.kind.apply(FaultRule.newFaultRule(where.field)).skip(where.skip)
                .times(persistent ? FaultRule.UNLIMITED : BUDGET - 1);
        if (where.faultPhase != null) {
            rule.phase(where.faultPhase);
        }
        Map<String, Long> before = mutationCounts();
        long requestsBefore = emulator.requestCount(where.field);
        WAITS.clear();
        FaultRule added = rule.build();
        emulator.faults().add(added);
        Object outcome = null;
        Throwable failure = null;
        try {
            outcome = runTarget(where);
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            emulator.faults().clear();
        }
        Map<String, Long> sent = delta(before, mutationCounts());
        int fired = Math.toIntExact(emulator.requestCount(where.field) - requestsBefore);

        String expected;
        boolean sentAgain = where.mutation() && fault.notActedOn();
        if (sentAgain && !persistent) {
            expected = "sent again, changed once";
            assertThat(failure).as("a mutation the server did not act on, within the retry budget").isNull();
            if (where.dataLake()) {
                assertExactRows(where, (Result) outcome);
            }
        } else if (sentAgain) {
            expected = "error after the retry budget";
            assertThat(failure).as("the error of %s", where.words).isInstanceOf(PantherException.class);
            assertNamesFaultAndPhase(failure, fault, where);
            assertThat(failure.getMessage()).contains("after " + BUDGET + " attempts");
        } else if (where.mutation()) {
            expected = "error, sent once";
            assertThat(failure).as("the error of %s", where.words).isInstanceOf(PantherException.class);
            assertNamesFaultAndPhase(failure, fault, where);
            assertThat(failure.getMessage()).contains("not sent again");
        } else if (!persistent) {
            expected = "exact rows";
            assertThat(failure).as("a transient fault within the retry budget").isNull();
            assertExactRows(where, (Result) outcome);
        } else if (where.rowsBefore() > 0) {
            expected = "partial table + error";
            assertThat(failure).isInstanceOf(PartialResultException.class);
            assertNamesFaultAndPhase(failure, fault, where);
            Result partial = ((PartialResultException) failure).result();
            assertThat(partial.partial()).isTrue();
            assertPrefixRows(where, partial);
        } else {
            expected = "error";
            assertThat(failure).isInstanceOf(PantherException.class);
            assertNamesFaultAndPhase(failure, fault, where);
        }
        if (fault.notActedOn() && (!where.mutation() || sentAgain)) {
            assertThat(WAITS).as("waits after a Retry-After: 1").anyMatch(w -> w.compareTo(Duration.ofSeconds(1)) >= 0);
        }
        // the mutation requests that reached the server: one, or every attempt when the server did not act on them
        long sends = sentAgain ? BUDGET : 1;
        long starts = where.dataLake() ? (where == Where.DATA_LAKE_EXECUTE ? sends : 1) : 0;
        long changes = where == Where.ALERT_CHANGE ? sends : 0;
        assertThat(sent.getOrDefault("executeDataLakeQuery", 0L)).as("executeDataLakeQuery requests").isEqualTo(starts);
        assertThat(sent.getOrDefault("updateAlertStatusById", 0L)).as("updateAlertStatusById requests").isEqualTo(changes);
        assertThat(sent.values().stream().mapToLong(Long::longValue).sum()).as("mutations sent: %s", sent)
                .isEqualTo(starts + changes);

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("target", where.target);
        row.put("phase", where.phase);
        row.put("fault", fault.label);
        row.put("persistence", persistent ? "persistent" : "transient");
        row.put("expected", expected);
        row.put("requests", fired);
        row.put("mutationsSent", starts + changes);
        row.put("rowsKept", failure instanceof PartialResultException p ? p.result().table().rowCount()
                : outcome instanceof Result r ? r.table().rowCount() : 0);
        row.put("message", failure == null ? "" : failure.getMessage());
        LOG.row(row);
    }

    private static Object runTarget(Where where) {
        return switch (where) {
            case ALERTS_FIRST_REQUEST, ALERTS_MIDDLE_PAGE -> alerts();
            case ALERT_CHANGE -> panther.line(List.of("alert", cleanAlertIds.get(0), "--status", "TRIAGED"));
            default -> dataLake();
        };
    }

    private static Result alerts() {
        return (Result) panther.cell(List.of("graphql"), ALERTS);
    }

    private static Result dataLake() {
        return DataLakeQuery.sql(connection, SQL).host(HOST)
                .options(JobOptions.defaults().withPatience(Duration.ofSeconds(1))).fetch();
    }

    private static void assertExactRows(Where where, Result result) {
        assertThat(result.partial()).isFalse();
        assertThat(result.warnings()).isEmpty();
        if (where.dataLake()) {
            assertThat(((LongColumn) result.table().column("n")).asLongArray())
                    .containsExactly(LongStream.range(0, DATA_LAKE_ROWS).toArray());
        } else {
            assertThat(result.table().stringColumn("id").asList()).isEqualTo(cleanAlertIds);
        }
    }

    private static void assertPrefixRows(Where where, Result partial) {
        if (where.dataLake()) {
            assertThat(((LongColumn) partial.table().column("n")).asLongArray())
                    .containsExactly(LongStream.range(0, where.rowsBefore()).toArray());
        } else {
            assertThat(partial.table().stringColumn("id").asList()).isEqualTo(cleanAlertIds.subList(0, where.rowsBefore()));
        }
    }

    /** The message says what failed (the fault), where (the phase) and, for a data lake query, which query. */
    private static void assertNamesFaultAndPhase(Throwable failure, Fault fault, Where where) {
        String message = failure.getMessage();
        assertThat(message).as("the error").contains(fault.named).contains(where.named);
        if (where.dataLake() && where != Where.DATA_LAKE_EXECUTE) {
            Matcher id = QUERY_ID.matcher(message);
            assertThat(id.find()).as("a query id in: %s", message).isTrue();
            JsonNode query = connection.client().execute(GraphQLRequest.query("dataLakeQuery",
                    "query($id: ID!) { dataLakeQuery(id: $id) { sql } }", Map.of("id", id.group(1))));
            assertThat(query.path("dataLakeQuery").path("sql").asText()).as("the SQL of the query the error names")
                    .contains("GENERATOR(ROWCOUNT => " + DATA_LAKE_ROWS + ")");
        }
    }

    private static Map<String, Long> mutationCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String field : mutationFields) {
            counts.put(field, emulator.requestCount(field));
        }
        return counts;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> out = new LinkedHashMap<>();
        after.forEach((field, count) -> {
            long d = count - before.getOrDefault(field, 0L);
            if (d != 0) {
                out.put(field, d);
            }
        });
        return out;
    }
}
