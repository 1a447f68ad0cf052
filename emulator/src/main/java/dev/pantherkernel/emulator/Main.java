package dev.pantherkernel.emulator;

import dev.pantherkernel.emulator.datalake.DatabaseNames;
import dev.pantherkernel.emulator.datalake.ResultCase;
import dev.pantherkernel.emulator.datalake.ResultTypeNames;
import dev.pantherkernel.emulator.faults.Durations;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.schema.IntrospectionMode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import java.util.LinkedHashMap;
import java.util.Locale;

/** {@code java -jar panther-emulator.jar}: runs the emulator until killed. */
@Command(name = "panther-emulator", mixinStandardHelpOptions = true,
        description = "Serves a Panther-compatible GraphQL and REST API with generated sample data on 127.0.0.1.")
public final class Main implements Callable<Integer> {
    @Option(names = "--port", description = "Port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port = 8900;

    @Option(names = "--seed", description = "Seed of the sample data. Default: ${DEFAULT-VALUE}.")
    long seed = 7;

    @Option(names = "--scale", description = "Data size: about 50,000 rows per log table times this. Default: ${DEFAULT-VALUE}.")
    double scale = 1.0;

    @Option(names = "--days", description = "Days the log tables' events span, ending now. Default: ${DEFAULT-VALUE}.")
    int days = EmulatorOptions.DEFAULT_DAYS;

    @Option(names = "--table-scale", paramLabel = "TABLE=X",
            description = "One log table at its own scale, e.g. aws_cloudtrail=200 (repeatable).")
    Map<String, Double> tableScales = new LinkedHashMap<>();

    @Option(names = "--query-latency", converter = DurationConverter.class,
            description = "Minimum time a data lake query stays running, e.g. 200ms.")
    Duration queryLatency = Duration.ZERO;

    @Option(names = "--results-page-delay", converter = DurationConverter.class,
            description = "Wait before serving each data lake results page, e.g. 50ms.")
    Duration resultsPageDelay = Duration.ZERO;

    @Option(names = "--latency", converter = DurationConverter.class,
            description = "A network round trip: every request waits this long before it is answered, e.g. 50ms.")
    Duration latency = Duration.ZERO;

    @Option(names = "--result-retention", converter = DurationConverter.class,
            description = "How long a finished query's rows stay for paging (freed when the next query starts), e.g. 1s. Default: 1h.")
    Duration resultRetention = Duration.ofHours(1);

    @Option(names = "--token", paramLabel = "NAME=PERM,PERM",
            description = "Adds a restricted API key, e.g. analyst=AlertRead,DataAnalyticsRead (repeatable).")
    List<String> tokens = new ArrayList<>();

    @Option(names = "--fault", paramLabel = "SPEC",
            description = "Injects a fault, e.g. alerts=503,times=2 or dataLakeQuery.results=tryAgain,skip=1 (repeatable).")
    List<String> faults = new ArrayList<>();

    @Option(names = "--introspection", paramLabel = "full|legacy|off", converter = IntrospectionConverter.class,
            description = "How much introspection to answer: all (full), only the June 2018 spec (legacy), none (off). Default: full.")
    IntrospectionMode introspection = IntrospectionMode.FULL;

    @Option(names = "--database-names", paramLabel = "qualified|short", converter = DatabaseNamesConverter.class,
            description = "Name databases panther_logs.public (qualified) or panther_logs (short); both are accepted. Default: qualified.")
    DatabaseNames.Style databaseNames = DatabaseNames.Style.QUALIFIED;

    @Option(names = "--result-case", paramLabel = "as-written|upper", converter = ResultCaseConverter.class,
            description = "Data lake result column names as the query wrote them, or upper-cased as Snowflake returns them. Default: as-written.")
    ResultCase resultCase = ResultCase.AS_WRITTEN;

    @Option(names = "--type-names", paramLabel = "snowflake|snowflake-lower|sql|none", converter = TypeNamesConverter.class,
            description = "How columnInfo.types spells result types: NUMBER (snowflake), fixed (snowflake-lower), NUMBER(38,0) (sql), or not at all (none). Default: snowflake.")
    ResultTypeNames typeNames = ResultTypeNames.SNOWFLAKE;

    static final class IntrospectionConverter implements CommandLine.ITypeConverter<IntrospectionMode> {
        @Override
        public IntrospectionMode convert(String value) {
            return IntrospectionMode.parse(value);
        }
    }

    static final class DatabaseNamesConverter implements CommandLine.ITypeConverter<DatabaseNames.Style> {
        @Override
        public DatabaseNames.Style convert(String value) {
            return DatabaseNames.Style.valueOf(value.strip().toUpperCase(Locale.ROOT));
        }
    }

    static final class ResultCaseConverter implements CommandLine.ITypeConverter<ResultCase> {
        @Override
        public ResultCase convert(String value) {
            return ResultCase.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    static final class TypeNamesConverter implements CommandLine.ITypeConverter<ResultTypeNames> {
        @Override
        public ResultTypeNames convert(String value) {
            return ResultTypeNames.parse(value);
        }
    }

    /** Reads durations like 200ms, 2s or 1m. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        EmulatorOptions.Builder options = EmulatorOptions.newEmulatorOptions()
                .port(port).seed(seed).scale(scale).days(days).queryLatency(queryLatency).resultsPageDelay(resultsPageDelay)
                .resultRetention(resultRetention).latency(latency)
                .traits(new ServerTraits(introspection, databaseNames, resultCase, typeNames));
        tableScales.forEach(options::tableScale);
        for (String token : tokens) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--token must be NAME=PERM,PERM: " + token);
            }
            Set<String> permissions = new LinkedHashSet<>(Arrays.asList(token.substring(eq + 1).split(",")));
            permissions.remove("");
            options.token(token.substring(0, eq), permissions);
        }
        faults.forEach(spec -> options.fault(FaultRule.parse(spec)));
        long started = System.nanoTime();
        PantherEmulator emulator = PantherEmulator.start(options.build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("Panther emulator ready in %d ms (seed %d, scale %s)%n", (System.nanoTime() - started) / 1_000_000,
                seed, scale);
        out.println("PANTHER_API_URL=" + emulator.url());
        out.println("PANTHER_REST_API_URL=" + emulator.restUrl());
        out.println("PANTHER_API_TOKEN=" + emulator.token());
        for (String name : emulator.tokenNames()) {
            if (!name.equals(PantherEmulator.DEMO_TOKEN_NAME)) {
                out.println("token " + name + "=" + emulator.tokenFor(name));
            }
        }
        out.println("Serving until stopped (Ctrl-C).");
        stopped.await();
        return 0;
    }
}
