package dev.pantherkernel.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.pantherkernel.emulator.actors.ActorFields;
import dev.pantherkernel.emulator.actors.ActorProfiles;
import dev.pantherkernel.emulator.ai.AiFields;
import dev.pantherkernel.emulator.ai.AiStreams;
import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.AlertCommentsResource;
import dev.pantherkernel.emulator.alerts.AlertFields;
import dev.pantherkernel.emulator.alerts.AlertStore;
import dev.pantherkernel.emulator.alerts.AlertsResource;
import dev.pantherkernel.emulator.apitokens.ApiTokensResource;
import dev.pantherkernel.emulator.apitokens.TokenFields;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.TokenStore;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.bulk.BulkFields;
import dev.pantherkernel.emulator.bulk.UploadReceipts;
import dev.pantherkernel.emulator.cloudaccounts.CloudAccountFields;
import dev.pantherkernel.emulator.cloudaccounts.CloudAccountStore;
import dev.pantherkernel.emulator.content.Content;
import dev.pantherkernel.emulator.content.DataModelsResource;
import dev.pantherkernel.emulator.content.GlobalsResource;
import dev.pantherkernel.emulator.content.PoliciesResource;
import dev.pantherkernel.emulator.content.QueriesResource;
import dev.pantherkernel.emulator.content.RulesResource;
import dev.pantherkernel.emulator.content.ScheduledRulesResource;
import dev.pantherkernel.emulator.content.SimpleRulesResource;
import dev.pantherkernel.emulator.data.Employee;
import dev.pantherkernel.emulator.data.SampleAlerts;
import dev.pantherkernel.emulator.data.SampleCloudAccounts;
import dev.pantherkernel.emulator.data.SampleDataLake;
import dev.pantherkernel.emulator.data.SampleDetections;
import dev.pantherkernel.emulator.data.SampleDirectory;
import dev.pantherkernel.emulator.data.SampleHelpers;
import dev.pantherkernel.emulator.data.SampleProfiles;
import dev.pantherkernel.emulator.data.SampleQueries;
import dev.pantherkernel.emulator.data.SampleSchemas;
import dev.pantherkernel.emulator.data.SampleSources;
import dev.pantherkernel.emulator.data.StandardFields;
import dev.pantherkernel.emulator.datalake.Catalog;
import dev.pantherkernel.emulator.datalake.DataLakeFields;
import dev.pantherkernel.emulator.datalake.DataLakeVolume;
import dev.pantherkernel.emulator.datalake.DatabaseNames;
import dev.pantherkernel.emulator.datalake.DuckDb;
import dev.pantherkernel.emulator.datalake.LakeSourceActivity;
import dev.pantherkernel.emulator.datalake.OktaIdentities;
import dev.pantherkernel.emulator.datalake.QueryJobs;
import dev.pantherkernel.emulator.datalake.RuleMatchEvents;
import dev.pantherkernel.emulator.datalake.RuleMatchEvidence;
import dev.pantherkernel.emulator.faults.Faults;
import dev.pantherkernel.emulator.http.GraphQLEndpoint;
import dev.pantherkernel.emulator.http.RequestCounter;
import dev.pantherkernel.emulator.http.RequestGate;
import dev.pantherkernel.emulator.logschemas.SchemaFields;
import dev.pantherkernel.emulator.logschemas.SchemaStore;
import dev.pantherkernel.emulator.metrics.MetricsFields;
import dev.pantherkernel.emulator.rest.RestApi;
import dev.pantherkernel.emulator.rest.RestEndpoint;
import dev.pantherkernel.emulator.rest.RestOperation;
import dev.pantherkernel.emulator.schema.GeneralSettingsFields;
import dev.pantherkernel.emulator.schema.IntrospectionMode;
import dev.pantherkernel.emulator.schema.PantherSchema;
import dev.pantherkernel.emulator.sources.HttpSourcesResource;
import dev.pantherkernel.emulator.sources.SourceFields;
import dev.pantherkernel.emulator.sources.SourceHealth;
import dev.pantherkernel.emulator.sources.SourceStore;
import dev.pantherkernel.emulator.users.RolesResource;
import dev.pantherkernel.emulator.users.UserDirectory;
import dev.pantherkernel.emulator.users.UserFields;
import dev.pantherkernel.emulator.users.UsersResource;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Panther-compatible API on 127.0.0.1 with generated sample data, GraphQL at {@code /public/graphql} and REST at the
 * host's root over the same stores: the kernel's demo and the tests' server.
 *
 * <pre>{@code
 * try (PantherEmulator emu = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.1).build())) {
 *     client.connect(emu.url(), emu.token());
 * }
 * }</pre>
 */
public final class PantherEmulator implements AutoCloseable {
    /** Name of the full-permission key every emulator has. */
    public static final String DEMO_TOKEN_NAME = "demo";
    /** What {@code generalSettings { pantherVersion }} answers. */
    public static final String PANTHER_VERSION = "1.118.0-emulator";

    private final HttpServer server;
    private final ExecutorService httpThreads;
    private final DuckDb db;
    private final SampleLake lake;
    private final QueryJobs jobs;
    private final UploadReceipts uploads;
    private final Faults faults;
    private final RequestCounter counter;
    private final Map<String, String> tokenValues;
    private final List<RestOperation> restOperations;
    private final GraphQLSchema introspectable;

    private PantherEmulator(HttpServer server, ExecutorService httpThreads, DuckDb db, SampleLake lake, QueryJobs jobs,
            UploadReceipts uploads, Faults faults, RequestCounter counter, Map<String, String> tokenValues,
            List<RestOperation> restOperations, GraphQLSchema introspectable) {
        this.server = server;
        this.httpThreads = httpThreads;
        this.db = db;
        this.lake = lake;
        this.jobs = jobs;
        this.uploads = uploads;
        this.faults = faults;
        this.counter = counter;
        this.tokenValues = Collections.unmodifiableMap(new LinkedHashMap<>(tokenValues));
        this.restOperations = List.copyOf(restOperations);
        this.introspectable = introspectable;
    }

    /**
     * Loads the data (the packed default demo, moved to the clock's present, or data generated for other settings),
     * starts the server and returns once it accepts requests.
     */
    public static PantherEmulator start(EmulatorOptions options) {
        Clock clock = options.clock();
        long seed = options.seed();
        // graphql-java's parse of our SDL takes a core for a while on a cold JVM: it runs beside the data's loading
        CompletableFuture<TypeDefinitionRegistry> sdl = CompletableFuture.supplyAsync(PantherSchema::typeDefinitions,
                task -> daemon(task, "emulator-schema").start());
        DuckDb db = new DuckDb();
        SampleLake lake = null;
        try {
            lake = SampleLake.load(db, options);
            Instant anchor = lake.anchor();
            List<Employee> staff = Employee.staff(seed);
            List<User> users = SampleDirectory.users(seed, anchor);
            UserDirectory directory = new UserDirectory(clock, SampleDirectory.roles(seed, anchor), users);
            List<Alert> alerts = SampleAlerts.fromMatches(db, seed, anchor, SampleDirectory.analysts(users, seed), lake.story());
            AlertStore alertStore = new AlertStore(clock, alerts);
            Content content = new Content(clock, SampleDetections.all(anchor, users), SampleQueries.all(anchor, users),
                    SampleHelpers.dataModels(anchor), SampleHelpers.globals(anchor, users));
            UploadReceipts uploads = new UploadReceipts(clock);
            DataLakeFields.installMacros(db, clock);
            db.sealFromOutside();
            ServerTraits traits = options.traits();
            Catalog catalog = Catalog.read(db, databaseDescriptions(), SampleDataLake.logTypesByTable(), SampleDataLake.MATCHES,
                    new DatabaseNames(traits.databaseNames()), SampleDataLake.columnTypes());

            TokenStore tokens = new TokenStore(clock, users.get(0).id());
            Map<String, String> values = new LinkedHashMap<>();
            values.put(DEMO_TOKEN_NAME, tokens.issue(DEMO_TOKEN_NAME, EnumSet.allOf(Permission.class)));
            for (Map.Entry<String, Set<Permission>> extra : options.tokens().entrySet()) {
                values.put(extra.getKey(), tokens.issue(extra.getKey(), extra.getValue()));
            }

            QueryJobs jobs = new QueryJobs(db, () -> catalog, Set.of(SampleDataLake.LOGS, SampleDataLake.MATCHES, SampleDataLake.LOOKUPS), clock,
                    options.queryLatency(), options.resultRetention(), traits.resultCase());
            RuleMatchEvents alertEvents = new RuleMatchEvents(db, SampleDataLake.MATCHES);
            User admin = users.get(0);
            SchemaStore logSchemas = new SchemaStore(clock, () -> SampleSchemas.schemas(anchor));
            SourceStore sources = new SourceStore(clock, SampleSources.sources(seed, anchor, admin), logSchemas::usable);
            RuleMatchEvidence evidence = new RuleMatchEvidence(db, SampleDataLake.MATCHES, SampleDataLake.headlines(),
                    StandardFields.ANY_FIELDS);
            ActorFields actors = new ActorFields(new ActorProfiles(new OktaIdentities(db, SampleDataLake.LOGS + ".public.okta_systemlog"),
                    SampleProfiles.people(staff)), alertStore, evidence,
                    (sql, issuer) -> jobs.submit(sql, SampleDataLake.MATCHES, issuer), SampleDataLake.MATCHES);
            PantherSchema schema = new PantherSchema(List.of(
                    new GeneralSettingsFields(PANTHER_VERSION),
                    new TokenFields(tokens, id -> directory.findUser(id).orElse(users.get(0))),
                    new UserFields(directory),
                    new AlertFields(alertStore, alertEvents, directory::findUser,
                            email -> directory.findUserByEmail(email).map(User::id), content),
                    new MetricsFields(alertStore, content, new DataLakeVolume(db, SampleDataLake.LOGS, SampleDataLake.tableNames()),
                            jobs::bytesQueried),
                    new BulkFields(content, uploads),
                    new DataLakeFields(() -> catalog, jobs, options.resultsPageDelay(), SampleDataLake.LOGS,
                            traits.typeNames(), actors::profilesOfQuery),
                    new SourceFields(sources, new LakeSourceActivity(db, SampleDataLake.LOGS, SampleDataLake.tableNames()),
                            new SourceHealth(anchor, SourceHealth.DEFAULT_LIMIT)),
                    new SchemaFields(logSchemas, sources::logTypesInUse),
                    new CloudAccountFields(new CloudAccountStore(clock, SampleCloudAccounts.accounts(seed, anchor, admin))),
                    new AiFields(new AiStreams(clock), alertStore, evidence, id -> directory.findUser(id).map(User::email), content),
                    actors), traits.introspection(), sdl.join());

            // REST over the same stores as GraphQL: a change through one API is what the other reads
            RestApi rest = new RestApi(List.of(
                    new AlertsResource(alertStore, alertEvents, directory::findUser, content),
                    new AlertCommentsResource(alertStore),
                    new ApiTokensResource(tokens),
                    new RolesResource(directory),
                    new UsersResource(directory),
                    new RulesResource(content.detections()),
                    new SimpleRulesResource(content.detections()),
                    new ScheduledRulesResource(content.detections(), content.queries()),
                    new PoliciesResource(content.detections()),
                    new QueriesResource(content.queries()),
                    new DataModelsResource(content.dataModels(), clock),
                    new GlobalsResource(content.globals(), clock),
                    new HttpSourcesResource(sources)));

            Faults faults = new Faults(seed);
            options.faults().forEach(faults::add);
            RequestCounter counter = new RequestCounter();
            ExecutorService httpThreads = httpThreads();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
            RequestGate gate = new RequestGate(tokens, faults, counter, options.latency());
            server.createContext(GraphQLEndpoint.PATH, new GraphQLEndpoint(schema.graphQL(), gate));
            server.createContext("/", new RestEndpoint(rest, gate));
            server.setExecutor(httpThreads);
            server.start();
            GraphQLSchema introspectable = traits.introspection() == IntrospectionMode.FULL ? schema.graphQL().getGraphQLSchema() : null;
            return new PantherEmulator(server, httpThreads, db, lake, jobs, uploads, faults, counter, values, rest.operations(),
                    introspectable);
        } catch (SQLException e) {
            closeData(db, lake);
            throw new IllegalStateException("could not build the sample data lake: " + e.getMessage(), e);
        } catch (IOException e) {
            closeData(db, lake);
            throw new UncheckedIOException("could not start the HTTP server", e);
        } catch (RuntimeException e) {
            closeData(db, lake);
            throw e;
        }
    }

    private static void closeData(DuckDb db, SampleLake lake) {
        db.close();
        if (lake != null) {
            lake.close();
        }
    }

    /**
     * Whether an emulator with these options starts at once: its data is the default demo, which came packed with the
     * build, or data an earlier start kept ({@link EmulatorOptions#keepGenerated()}), rather than data generated at start
     * (seconds, a minute or more for larger sizes).
     */
    public static boolean startsAtOnce(EmulatorOptions options) {
        return SampleLake.startsAtOnce(options);
    }

    private static Map<String, String> databaseDescriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put(SampleDataLake.LOGS, "Normalized logs of every log source");
        descriptions.put(SampleDataLake.MATCHES, "Events that matched a detection, with the alert they raised");
        descriptions.put(SampleDataLake.LOOKUPS, "Enrichment tables: Tor exit nodes, IPinfo location, ASN and privacy, OTX pulses");
        return descriptions;
    }

    /** Enough threads that injected delays or slow pages never hold up other requests. */
    private static ExecutorService httpThreads() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(2, 64, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> daemon(r, "emulator-http-" + count.incrementAndGet()), new ThreadPoolExecutor.CallerRunsPolicy());
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    /** The GraphQL endpoint, e.g. {@code http://127.0.0.1:8900/public/graphql}. */
    public String url() {
        return "http://127.0.0.1:" + port() + GraphQLEndpoint.PATH;
    }

    /**
     * The REST API's base, the host's root, e.g. {@code http://127.0.0.1:8900} (paths follow it: {@code .../alerts});
     * what Panther's clients read as {@code PANTHER_REST_API_URL}.
     */
    public String restUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The REST operations served, each with the permission it needs. */
    public List<RestOperation> restOperations() {
        return restOperations;
    }

    /**
     * The API schema exactly as introspecting this server answers it, for a client in this JVM that would otherwise
     * introspect over HTTP (the kernel's built-in demo); empty unless introspection is {@link IntrospectionMode#FULL}.
     */
    public Optional<GraphQLSchema> introspectableSchema() {
        return Optional.ofNullable(introspectable);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Whether the data came packed with the build (the default demo, moved to the present) rather than generated at
     * start.
     */
    public boolean packed() {
        return lake.origin() == DataOrigin.PACKED;
    }

    /** Where the sample data came from: packed with the build, kept by an earlier start, or generated at this one. */
    public DataOrigin dataOrigin() {
        return lake.origin();
    }

    /** The instant the sample data ends at: the start-up time to the minute, or the anchor the options pinned. */
    public Instant anchor() {
        return lake.anchor();
    }

    /** The full-permission demo key. */
    public String token() {
        return tokenValues.get(DEMO_TOKEN_NAME);
    }

    /** The value a named key had at start-up (a rotation through the API replaces it). */
    public String tokenFor(String name) {
        return Optional.ofNullable(tokenValues.get(name))
                .orElseThrow(() -> new IllegalArgumentException("no token named " + name));
    }

    /** Names of all keys made at start-up, the demo key first. */
    public Set<String> tokenNames() {
        return tokenValues.keySet();
    }

    /** Switch faults on and off while running. */
    public Faults faults() {
        return faults;
    }

    /**
     * Requests received that selected this GraphQL root field (or were sent under this operation name), or that asked
     * for this REST operation, named {@code "GET /alerts/{id}"}.
     */
    public long requestCount(String rootFieldOrOperationName) {
        return counter.count(rootFieldOrOperationName);
    }

    @Override
    public void close() {
        server.stop(0);
        httpThreads.shutdownNow();
        jobs.close();
        uploads.close();
        closeData(db, lake);
    }
}
