package dev.pantherkernel.kernel.session;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.DemoSize;
import graphql.schema.GraphQLSchema;

import java.util.Optional;

/**
 * The built-in demo: the Panther emulator in this JVM, on a free loopback port, with its default sample data; data of
 * another size is kept once generated, so that the next kernel asking for that size starts from it.
 */
public final class EmulatorDemo implements DemoProvider {

    /** The same data on every machine, so shared notebooks show the same story. */
    static final long SEED = 7;

    @Override
    public boolean startsAtOnce(DemoSize size) {
        return PantherEmulator.startsAtOnce(options(size));
    }

    private static EmulatorOptions options(DemoSize size) {
        return EmulatorOptions.newEmulatorOptions().port(0).seed(SEED).scale(size.scale()).days(size.days()).keepGenerated(true).build();
    }

    @Override
    public DemoServer start(DemoSize size) {
        PantherEmulator emulator = PantherEmulator.start(options(size));
        return new DemoServer() {
            @Override
            public String url() {
                return emulator.url();
            }

            @Override
            public String token() {
                return emulator.token();
            }

            @Override
            public Optional<GraphQLSchema> schema() {
                return emulator.introspectableSchema();
            }

            @Override
            public void close() {
                emulator.close();
            }
        };
    }
}
