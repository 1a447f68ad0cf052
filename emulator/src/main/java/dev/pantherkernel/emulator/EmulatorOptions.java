package dev.pantherkernel.emulator;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.datalake.DatabaseNames;
import dev.pantherkernel.emulator.datalake.ResultCase;
import dev.pantherkernel.emulator.datalake.ResultTypeNames;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.schema.IntrospectionMode;
import dev.pantherkernel.emulator.demo.DefaultDemo;
import dev.pantherkernel.emulator.demo.DemoSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How to start a {@link PantherEmulator}; build with {@link #newEmulatorOptions()}. */
public final class EmulatorOptions {
    /** The days of sample events unless asked otherwise. */
    public static final int DEFAULT_DAYS = DefaultDemo.DAYS;
    /** The environment variable that names the demo cache directory, when it is not the user's cache's. */
    public static final String CACHE_VARIABLE = "PANTHER_EMULATOR_CACHE";

    private final int port;
    private final long seed;
    private final double scale;
    private final int days;
    private final Map<String, Double> tableScales;
    private final Duration queryLatency;
    private final Duration resultsPageDelay;
    private final Duration resultRetention;
    private final Duration latency;
    private final Instant anchor;
    private final Clock clock;
    private final Path demoCache;
    private final boolean keepGenerated;
    private final Map<String, Set<Permission>> tokens;
    private final List<FaultRule> faults;
    private final ServerTraits traits;

    private EmulatorOptions(Builder b) {
        this.port = b.port;
        this.seed = b.seed;
        this.scale = b.scale;
        this.days = b.days;
        this.tableScales = Map.copyOf(b.tableScales);
        this.queryLatency = b.queryLatency;
        this.resultsPageDelay = b.resultsPageDelay;
        this.resultRetention = b.resultRetention;
        this.latency = b.latency;
        this.anchor = b.anchor;
        this.clock = b.clock;
        this.demoCache = b.demoCache;
        this.keepGenerated = b.keepGenerated;
        this.tokens = Map.copyOf(b.tokens);
        this.faults = List.copyOf(b.faults);
        this.traits = new ServerTraits(b.introspection, b.databaseNames, b.resultCase, b.typeNames);
    }

    public static Builder newEmulatorOptions() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }

    /** How many days the log tables' events span, ending at the anchor. */
    public int days() {
        return days;
    }

    /** Log tables whose size is set apart from {@link #scale()}: table name to its scale. */
    public Map<String, Double> tableScales() {
        return tableScales;
    }

    public Duration queryLatency() {
        return queryLatency;
    }

    public Duration resultsPageDelay() {
        return resultsPageDelay;
    }

    public Duration resultRetention() {
        return resultRetention;
    }

    /** The network round trip every request waits before it is answered. */
    public Duration latency() {
        return latency;
    }

    /** The instant the sample data ends at; null means the start-up time. */
    public Instant anchor() {
        return anchor;
    }

    /** What time it is for this emulator: now for the data, the API and data lake SQL. */
    public Clock clock() {
        return clock;
    }

    /** Where the packed default demo's database files are kept once extracted from the jar, and generated demos kept. */
    public Path demoCache() {
        return demoCache;
    }

    /**
     * Whether data generated for other settings than the default demo is kept in {@link #demoCache()} and, at the next
     * start with the same settings, loaded from there and moved to the present like the packed demo. Never with a
     * pinned anchor.
     */
    public boolean keepGenerated() {
        return keepGenerated && anchor == null;
    }

    /** The settings the sample data is generated from. */
    public DemoSettings demoSettings() {
        return new DemoSettings(seed, scale, days, tableScales);
    }

    /**
     * Whether the sample data is the default demo's, which the build packed: the default seed, scale and days, no
     * table at a scale of its own, and no pinned anchor (the pack is moved to the clock's present).
     */
    public boolean defaultDemo() {
        return anchor == null && demoSettings().equals(DemoSettings.DEFAULT);
    }

    /** Extra restricted keys by name (the full-permission demo key always exists). */
    public Map<String, Set<Permission>> tokens() {
        return tokens;
    }

    public List<FaultRule> faults() {
        return faults;
    }

    /** Where this server answers differently from the emulator's defaults, as a real Panther might. */
    public ServerTraits traits() {
        return traits;
    }

    /**
     * Options with defaults: a free port, the default demo's data (seed 7, scale 1, 30 days: packed at build time, so
     * it starts at once), no latency, no delays, results kept 1 hour.
     */
    public static final class Builder {
        private int port;
        private long seed = DefaultDemo.SEED;
        private double scale = DefaultDemo.SCALE;
        private int days = DEFAULT_DAYS;
        private final Map<String, Double> tableScales = new LinkedHashMap<>();
        private Duration queryLatency = Duration.ZERO;
        private Duration resultsPageDelay = Duration.ZERO;
        private Duration resultRetention = Duration.ofHours(1);
        private Duration latency = Duration.ZERO;
        private Instant anchor;
        private Clock clock = Clock.systemUTC();
        private Path demoCache = defaultDemoCache();
        private boolean keepGenerated;
        private final Map<String, Set<Permission>> tokens = new LinkedHashMap<>();
        private final List<FaultRule> faults = new ArrayList<>();
        private IntrospectionMode introspection = IntrospectionMode.FULL;
        private DatabaseNames.Style databaseNames = DatabaseNames.Style.QUALIFIED;
        private ResultCase resultCase = ResultCase.AS_WRITTEN;
        private ResultTypeNames typeNames = ResultTypeNames.SNOWFLAKE;

        private Builder() {}

        /** The port on 127.0.0.1; 0 picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            port = value;
            return this;
        }

        /** Same seed, same scale and same anchor: same data. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Rows per log table are about 50,000 times the scale. */
        public Builder scale(double value) {
            if (!(value >= 0) || value > 1000) {
                throw new IllegalArgumentException("scale must be between 0 and 1000");
            }
            scale = value;
            return this;
        }

        /** The days the log tables' events span (default 30); the rows are spread over them, the story stays in the last. */
        public Builder days(int value) {
            if (value < 1 || value > 3660) {
                throw new IllegalArgumentException("days must be between 1 and 3660");
            }
            days = value;
            return this;
        }

        /** One log table at another scale than the others (a benchmark's 10,000,000 CloudTrail rows, say). */
        public Builder tableScale(String table, double value) {
            if (!(value >= 0) || value > 1000) {
                throw new IllegalArgumentException("scale must be between 0 and 1000");
            }
            tableScales.put(table, value);
            return this;
        }

        /** A data lake query reports {@code running} for at least this long. */
        public Builder queryLatency(Duration value) {
            queryLatency = requireNonNegative(value);
            return this;
        }

        /** Each data lake results page waits this long before it is served (for benchmarks). */
        public Builder resultsPageDelay(Duration value) {
            resultsPageDelay = requireNonNegative(value);
            return this;
        }

        /** How long results stay pageable after a query finished. */
        public Builder resultRetention(Duration value) {
            resultRetention = requireNonNegative(value);
            return this;
        }

        /**
         * Every request waits this long before it is answered, as if the server were a network round trip away
         * (for benchmarks: a real Panther is an internet round trip from the notebook).
         */
        public Builder latency(Duration value) {
            latency = requireNonNegative(value);
            return this;
        }

        /** Pins the end of the sample data's 30 days (tests use it to compare runs); default: start-up time. */
        public Builder anchor(Instant value) {
            anchor = value;
            return this;
        }

        /**
         * The emulator's clock (default the system's): the default demo's data ends at its present, and its now is what
         * the API and data lake SQL ({@code p_occurs_since}, {@code CURRENT_TIMESTAMP}) see, as far ahead of the
         * system's clock as it is at start.
         */
        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        /**
         * Where to keep the packed default demo's files and generated demos (default {@code $PANTHER_EMULATOR_CACHE},
         * else {@code $XDG_CACHE_HOME/panther-emulator} or ~/.cache's).
         */
        public Builder demoCache(Path value) {
            demoCache = value;
            return this;
        }

        /**
         * Keep data generated for other settings than the default demo in the demo cache, and start from it the next
         * time with the same settings (default off: a test's one-off data would only fill the cache).
         */
        public Builder keepGenerated(boolean value) {
            keepGenerated = value;
            return this;
        }

        private static Path defaultDemoCache() {
            String configured = System.getenv(CACHE_VARIABLE);
            if (configured != null && !configured.isBlank()) {
                return Path.of(configured);
            }
            String xdg = System.getenv("XDG_CACHE_HOME");
            if (xdg != null && !xdg.isBlank()) {
                return Path.of(xdg).resolve("panther-emulator");
            }
            // $HOME as the shell and the kernel read it; user.home (the password database's) only without it
            String home = System.getenv("HOME");
            Path base = home != null && !home.isBlank() && Path.of(home).isAbsolute() ? Path.of(home) : Path.of(System.getProperty("user.home"));
            return base.resolve(".cache").resolve("panther-emulator");
        }

        /** Adds a key with these {@code Permission} names, e.g. {@code Set.of("AlertRead")}. */
        public Builder token(String name, Set<String> permissions) {
            EnumSet<Permission> set = EnumSet.noneOf(Permission.class);
            for (String p : permissions) {
                try {
                    set.add(Permission.valueOf(p));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown permission '" + p + "'; known: "
                            + Arrays.toString(Permission.values()), e);
                }
            }
            return token(name, set);
        }

        public Builder token(String name, Permission... permissions) {
            return token(name, permissions.length == 0 ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(Arrays.asList(permissions)));
        }

        private Builder token(String name, EnumSet<Permission> permissions) {
            if (name == null || name.isBlank() || PantherEmulator.DEMO_TOKEN_NAME.equals(name)) {
                throw new IllegalArgumentException("token name must be non-blank and not '" + PantherEmulator.DEMO_TOKEN_NAME + "'");
            }
            tokens.put(name, Set.copyOf(permissions));
            return this;
        }

        /** A fault in force from the start (more can be added later through {@link PantherEmulator#faults()}). */
        public Builder fault(FaultRule rule) {
            faults.add(rule);
            return this;
        }

        /** A fault written as on the command line, e.g. {@code alerts=503,times=2}. */
        public Builder fault(String spec) {
            return fault(FaultRule.parse(spec));
        }

        /** How much introspection the API answers (default all of it). */
        public Builder introspection(IntrospectionMode value) {
            introspection = value;
            return this;
        }

        /** How the data lake names its databases (default {@code panther_logs.public}, as Panther). */
        public Builder databaseNames(DatabaseNames.Style value) {
            databaseNames = value;
            return this;
        }

        /** The case of data lake result column names (default as the query wrote them). */
        public Builder resultCase(ResultCase value) {
            resultCase = value;
            return this;
        }

        /** How {@code columnInfo.types} spells result types (default Snowflake's documented names). */
        public Builder typeNames(ResultTypeNames value) {
            typeNames = value;
            return this;
        }

        /** All four at once: {@code ServerTraits.REALISTIC}, say. */
        public Builder traits(ServerTraits value) {
            return introspection(value.introspection()).databaseNames(value.databaseNames())
                    .resultCase(value.resultCase()).typeNames(value.typeNames());
        }

        public EmulatorOptions build() {
            return new EmulatorOptions(this);
        }

        private static Duration requireNonNegative(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative");
            }
            return value;
        }
    }
}
