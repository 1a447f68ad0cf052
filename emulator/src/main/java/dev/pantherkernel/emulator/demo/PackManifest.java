package dev.pantherkernel.emulator.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the packed demo holds, beside its database files: the generator's settings, the instant its data ends at, the
 * fingerprint of the code that generated it (a build with the same code keeps the pack), and each database's file
 * with its size (a file of another size was cut short and is extracted again).
 *
 * @param databases database name to the size in bytes of its file, {@code NAME.duckdb}
 */
record PackManifest(Instant packedAt, long seed, double scale, int days, String fingerprint, Map<String, Long> databases) {
    /** The manifest's resource name, beside this class. */
    static final String NAME = "demo.properties";

    PackManifest {
        databases = Map.copyOf(databases);
    }

    static String fileName(String database) {
        return database + ".duckdb";
    }

    static PackManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, Long> databases = new LinkedHashMap<>();
        for (String name : Arrays.stream(p.getProperty("databases", "").split(",")).filter(s -> !s.isBlank()).toList()) {
            databases.put(name, Long.parseLong(p.getProperty("size." + name)));
        }
        return new PackManifest(Instant.parse(p.getProperty("packedAt")), Long.parseLong(p.getProperty("seed")),
                Double.parseDouble(p.getProperty("scale")), Integer.parseInt(p.getProperty("days")), p.getProperty("fingerprint"),
                databases);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("packedAt", packedAt.toString());
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("scale", Double.toString(scale));
        p.setProperty("days", Integer.toString(days));
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("databases", String.join(",", databases.keySet().stream().sorted().toList()));
        databases.forEach((name, size) -> p.setProperty("size." + name, Long.toString(size)));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "the default demo, packed by dev.pantherkernel.emulator.demo.DemoPack");
        }
    }
}
