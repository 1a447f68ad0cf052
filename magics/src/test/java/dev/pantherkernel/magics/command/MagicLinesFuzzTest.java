package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import java.util.stream.Collectors;

/**
 * {@code %panther} lines and cells, fuzzed against a scratch emulator over real HTTP: commands, subcommands and
 * options from the grammar itself, with values from a pool of awkward ones and random text, and now and then a word
 * that is no command at all. Each line must give a result or a clean error of the library, whose message says
 * something and shows no Java internals; nothing else may come out. Only loopback addresses are ever contacted.
 */
class MagicLinesFuzzTest {

    private static final ReliabilityLog LOG = new ReliabilityLog("fuzz-magic-lines");
    private static final Pattern JAVA_INTERNALS = Pattern.compile("\\b(java|javax|picocli|graphql|com\\.fasterxml|tech\\.tablesaw)"
            + "\\.[a-z]+\\.|Exception\\b|\\bnull\\b(?! ?[-=:])");
    private static final CommandLine GRAMMAR = Dispatcher.grammar();
    private static final Map<String, AtomicInteger> OUTCOMES = new ConcurrentHashMap<>();
    private static final AtomicInteger LINES = new AtomicInteger();
    private static final AtomicInteger CELLS = new AtomicInteger();

    private static PantherEmulator emulator;
    private static PantherMagics panther;
    private static RecordingHost host;
    private static List<String> alertIds;
    private static Path secretFile;

    @BeforeContainer
    static void start() throws IOException {
        emulator = SharedEmulator.scratch();
        host = new RecordingHost();
        host.variables.put("n", 3);
        host.variables.put("s", "it's a \"test\"");
        host.variables.put("ids", List.of("a", "b"));
        host.variables.put("when", Instant.parse("2024-05-01T00:00:00Z"));
        ClientOptions options = ClientOptions.newClientOptions().firstBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
                .maxRetryAfter(Duration.ofMillis(5)).requestTimeout(Duration.ofSeconds(20)).build();
        PantherSession session = new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token(), "OTHER_TOKEN", "not-a-valid-key-000000"), Sessions.home()), options);
        panther = new PantherMagics(session);
        Result alerts = (Result) panther.line(List.of("alerts", "--since", "90d", "--limit", "5", "--as", "t"));
        host.variables.put("t", host.bound.get("t"));
        alertIds = alerts.table().stringColumn("id").asList();
        secretFile = Files.createTempFile("panther-args", ".txt");
        Files.writeString(secretFile, "--title top-secret-words-in-a-file\n");
    }

    @AfterContainer
    static void write() {
        LOG.total("lines", LINES.get());
        LOG.total("cells", CELLS.get());
        LOG.total("outcomes", new TreeMap<>(Map.copyOf(OUTCOMES)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(), (a, b) -> a, TreeMap::new)));
        LOG.write();
    }

    @Property(tries = 200)
    void aRandomMagicLineGivesAResultOrACleanError(@ForAll("lines") List<String> words) {
        check(words, null);
        LINES.incrementAndGet();
    }

    @Property(tries = 80)
    void aRandomMagicCellGivesAResultOrACleanError(@ForAll("cellLines") List<String> words, @ForAll("bodies") String body) {
        check(words, body);
        CELLS.incrementAndGet();
    }

    @Example
    void aWordStartingWithAnAtSignIsAWordNotAFileToRead() {
        assertThatThrownBy(() -> panther.line(List.of("alerts", "@" + secretFile)))
                .isInstanceOf(PantherException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("top-secret-words-in-a-file"));
    }

    private static void check(List<String> words, String body) {
        Object value;
        try {
            value = body == null ? panther.line(words) : panther.cell(words, body);
        } catch (PantherException e) {
            String message = e.getMessage();
            assertThat(message).as("the error of %s", words).isNotBlank();
            assertThat(JAVA_INTERNALS.matcher(message).find()).as("Java internals in the error of %s: %s", words, message)
                    .isFalse();
            assertThat(message).doesNotContain(emulator.token());
            count(e instanceof UsageException ? "usage error" : "other clean error");
            return;
        } catch (RuntimeException | Error e) {
            fail("%s gave %s", words, e.toString(), e);
            return;
        }
        count(value == null ? "no value" : "result");
        if (value instanceof Result result) {
            assertThat(result.table()).isInstanceOf(Table.class);
        }
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    // ---- generators: the grammar's own words, awkward values, random text ----

    @Provide
    Arbitrary<List<String>> lines() {
        // token rotate would end the session's own key (and the other tests' on the scratch emulator): every line after
        // it would only meet a 401; record would write files wherever the tests run (RecordReplayTest tests it)
        return line(GRAMMAR.getSubcommands().keySet().stream()
                .filter(c -> !c.equals("sql") && !c.equals("graphql") && !c.equals("token") && !c.equals("record")).toList());
    }

    @Provide
    Arbitrary<List<String>> cellLines() {
        return line(List.of("sql", "graphql", "alerts", "help"));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("SELECT 1", "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 10))", "SELECT {n} AS n, {s} AS s",
                        "SELECT * FROM okta_systemlog WHERE p_occurs_since('1 hour') LIMIT 3", "SELECT {ids}",
                        "{ users { email } }", "{ alerts(input: {}) { edges { node { id } } } }", "{ nosuch }",
                        "mutation { deleteRole(input: {id: \"none\"}) { id } }", "", "   ", "SELECT", "DROP TABLE x",
                        "{ generalSettings { pantherVersion } }", "SELECT {missing}", "SELECT '{s}'")),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(40)));
    }

    private static Arbitrary<List<String>> line(List<String> commands) {
        Arbitrary<String> command = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.of(commands)),
                Tuple.of(1, value()));
        return command.flatMap(name -> {
            CommandLine spec = GRAMMAR.getSubcommands().get(name);
            if (spec == null) {
                return value().list().ofMaxSize(3).map(rest -> join(List.of(name), rest));
            }
            List<String> subcommands = List.copyOf(spec.getSubcommands().keySet());
            Arbitrary<List<String>> path = subcommands.isEmpty() ? Arbitraries.just(List.of(name))
                    : Arbitraries.of(subcommands).map(sub -> List.of(name, sub));
            return path.flatMap(p -> {
                CommandLine leaf = p.size() == 2 ? spec.getSubcommands().get(p.get(1)) : spec;
                Arbitrary<List<String>> options = option(leaf).list().ofMaxSize(3)
                        .map(lists -> lists.stream().flatMap(List::stream).toList());
                boolean takesArguments = !leaf.getCommandSpec().positionalParameters().isEmpty();
                Arbitrary<List<String>> positionals = Arbitraries.frequencyOf(
                        Tuple.of(takesArguments ? 6 : 0, positional(String.join(" ", p)).list().ofMinSize(1).ofMaxSize(1)),
                        Tuple.of(takesArguments ? 0 : 6, Arbitraries.just(List.<String>of())),
                        Tuple.of(1, value().list().ofMaxSize(2)));
                return Combinators.combine(options, positionals).as((o, v) -> safe(join(p, join(v, o))));
            });
        });
    }

    /** An option of the command (or a made-up one), with a value when it takes one, sometimes as --name=value. */
    private static Arbitrary<List<String>> option(CommandLine command) {
        List<String> options = command.getCommandSpec().options().stream().map(OptionSpec::longestName).toList();
        Arbitrary<String> madeUp = Arbitraries.of("--", "-", "--nope", "--as", "--limit", "-x");
        Arbitrary<String> name = options.isEmpty() ? madeUp
                : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(options)), Tuple.of(1, madeUp));
        return name.flatMap(n -> Combinators.combine(Arbitraries.frequencyOf(Tuple.of(6, fitting(n)), Tuple.of(1, value())),
                Arbitraries.integers().between(0, 9)).as((v, shape) -> {
            OptionSpec spec = command.getCommandSpec().findOption(n);
            boolean flag = spec != null && spec.arity().max() == 0;
            if (flag && shape > 0) {
                return List.of(n);
            }
            return shape == 0 ? List.of(n + "=" + v) : List.of(n, v);
        }));
    }

    /** A value that suits the option, so that lines get past the grammar and reach Panther. */
    private static Arbitrary<String> fitting(String option) {
        return switch (option) {
            case "--since", "--interval", "--bucket" -> Arbitraries.of("7d", "30d", "1h", "12h", "1d", "90d", "1m", "1mo");
            case "--timeout" -> Arbitraries.of("30s", "2m", "15m");
            case "--limit", "--min-events", "--max-events" -> Arbitraries.of("1", "5", "100");
            case "--severity" -> Arbitraries.of("HIGH", "CRITICAL,LOW", "INFO,MEDIUM");
            case "--status" -> Arbitraries.of("OPEN", "TRIAGED", "RESOLVED,CLOSED");
            case "--type", "--subtype" -> Arbitraries.of("ALERT", "RULE", "POLICY", "RULE_ERROR");
            case "--as" -> Arbitraries.of("t2", "x", "result");
            case "--columns" -> Arbitraries.of("id", "id,severity", "createdAt,title");
            case "--from" -> Arbitraries.of("2024-01-01T00:00:00Z", "{when}");
            case "--to" -> Arbitraries.of("2100-01-01T00:00:00Z");
            case "--x" -> Arbitraries.of("createdAt", "severity", "status");
            case "--y", "--by" -> Arbitraries.of("severity", "status");
            case "--kind" -> Arbitraries.of("bar", "line", "pie", "histogram", "timeline", "scatter", "area", "AutoDetectType",
                    "p_any_ip_addresses");
            case "--agg" -> Arbitraries.of("count", "sum", "mean");
            case "--database", "--databases" -> Arbitraries.of("panther_logs", "panther_rule_matches");
            case "--tables" -> Arbitraries.of("okta_systemlog", "aws_cloudtrail,aws_vpcflow");
            case "--permissions", "--permission" -> Arbitraries.of("AlertRead", "AlertRead,UserRead", "UserModify");
            case "--others" -> Arbitraries.of("hide", "show");
            case "--role" -> Arbitraries.of("Analyst", "Admin", "AnalystReadOnly");
            case "--email", "--assign", "--assignee" -> Arbitraries.of("nobody@example.com", "fuzz@example.com");
            case "--token-env" -> Arbitraries.of("PANTHER_API_TOKEN", "OTHER_TOKEN");
            case "--path" -> Arbitraries.of("alerts", "alert.events");
            case "--var" -> Arbitraries.of("id=x", "n={n}");
            case "--log-type" -> Arbitraries.of("Okta.SystemLog", "AWS.CloudTrail");
            default -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        };
    }

    /** A first argument that suits the command. */
    private static Arbitrary<String> positional(String command) {
        Arbitrary<String> alert = alertIds.isEmpty() ? Arbitraries.just("none") : Arbitraries.of(alertIds);
        return switch (command) {
            case "alert" -> alert;
            case "columns" -> Arbitraries.of("okta_systemlog", "aws_vpcflow", "panther_logs.public.aws_cloudtrail", "nope");
            case "tables" -> Arbitraries.of("panther_logs", "panther_rule_matches");
            case "schema" -> Arbitraries.of("Alert", "Alert.severity", "User", "Query.alerts", "Nope");
            case "metrics" -> Arbitraries.of("alerts-per-severity", "alerts-per-rule", "events-per-log-type");
            case "search" -> Arbitraries.of("203.0.113.9", "jordan.lee@example.com", "svc-backup-admin");
            case "chart" -> Arbitraries.of("t");
            case "help" -> Arbitraries.of(List.copyOf(GRAMMAR.getSubcommands().keySet()));
            case "role update", "role delete", "role create" -> Arbitraries.of("FuzzRole", "Analyst", "Nope");
            default -> Arbitraries.of("00000000-0000-0000-0000-000000000000", "none");
        };
    }

    private static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("", " ", "-", "--", "7d", "30m", "0s", "-1d", "1x", "99999999999d", "0", "-1", "5",
                        "99999999999999999999", "1e9", "NaN", "HIGH", "hihg", "CRITICAL,LOW", "OPEN", "TRIAGED", ",", ",,",
                        "2024-01-01T00:00:00Z", "2024-13-45", "not-a-date", "{n}", "{s}", "{ids}", "{when}", "{t}",
                        "{missing}", "{", "}", "'", "\"", "\\", "%panther", "t", "x y", "a=b", "k=v", "id", "createdAt",
                        "severity", "bar", "pie", "1h", "1d", "count", "AlertRead", "AlertRead,UserRead", "Admin",
                        "nobody@example.com", "OTHER_TOKEN", "NO_SUCH_VARIABLE", "panther_logs", "aws_vpcflow",
                        "panther_logs.public.okta_systemlog", "203.0.113.9", "alerts-per-severity", "ffffffffffffffffffffffffffffffff",
                        "00000000-0000-0000-0000-000000000000", "Alert", "Alert.id", "User.email", "\u0000", "é", "🦊",
                        "a".repeat(300))),
                Tuple.of(1, alertIds.isEmpty() ? Arbitraries.just("none") : Arbitraries.of(alertIds)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(16)));
    }

    /**
     * Keeps every connection on this machine: a {@code --url} gets one of a few loopback or refused-before-sending
     * addresses, whatever the generator chose.
     */
    private static List<String> safe(List<String> words) {
        List<String> out = new ArrayList<>(words);
        List<String> urls = List.of(emulator.url(), "http://127.0.0.1:1/public/graphql", "https://localhost:1",
                "http://203.0.113.9/public/graphql", "ftp://127.0.0.1/", "", "localhost:1", "http://[::1]:1/");
        for (int i = 0; i < out.size(); i++) {
            String word = out.get(i);
            int pick = Math.floorMod(word.hashCode(), urls.size());
            if (word.startsWith("--url=")) {
                out.set(i, "--url=" + urls.get(pick));
            } else if (word.equals("--url") && i + 1 < out.size()) {
                out.set(i + 1, urls.get(Math.floorMod(out.get(i + 1).hashCode(), urls.size())));
            }
        }
        return out;
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
