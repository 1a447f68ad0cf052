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
 * What a packed demo holds, beside its database files: the generator's settings, the instant its data ends at, the
 * fingerprint of the code that generated it (a build with the same code keeps the pack), and each database's file
 * with its size (a file of another size was cut short and is extracted or generated again). The build's pack of the
 * default demo has one ({@link DemoPack}), and so has each demo kept in the cache of generated ones
 * ({@link GeneratedDemoCache}).
 *
 * @param databases database name to the size in bytes of its file, {@code NAME.duckdb}
 */
record PackManifest(Instant packedAt, DemoSettings settings, String fingerprint, Map<String, Long> databases) {
    /** The manifest's resource name, beside this class. */
    static final String NAME = "demo.properties";
    /** The prefix of a table's own scale in the properties. */
    private static final String TABLE_SCALE = "tableScale.";

    PackManifest {
        databases = Map.copyOf(databases);
    }

    static String fileName(String database) {
        return database + ".duckdb";
    }

    /** Whether {@code directory} holds every database's file at its full size. */
    boolean filesIn(Path directory) throws IOException {
        for (Map.Entry<String, Long> database : databases.entrySet()) {
            Path file = directory.resolve(fileName(database.getKey()));
            if (!Files.isRegularFile(file) || Files.size(file) != database.getValue()) {
                return false;
            }
        }
        return true;
    }

    static PackManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(in);
        Map<String, Long> databases = new LinkedHashMap<>();
        for (String name : Arrays.stream(p.getProperty("databases", "").split(",")).filter(s -> !s.isBlank()).toList()) {
            databases.put(name, Long.parseLong(p.getProperty("size." + name)));
        }
        Map<String, Double> tableScales = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(TABLE_SCALE)) {
                tableScales.put(name.substring(TABLE_SCALE.length()), Double.parseDouble(p.getProperty(name)));
            }
        }
        DemoSettings settings = new DemoSettings(Long.parseLong(p.getProperty("seed")), Double.parseDouble(p.getProperty("scale")),
                Integer.parseInt(p.getProperty("days")), tableScales);
        return new PackManifest(Instant.parse(p.getProperty("packedAt")), settings, p.getProperty("fingerprint"), databases);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("packedAt", packedAt.toString());
        p.setProperty("seed", Long.toString(settings.seed()));
        p.setProperty("scale", Double.toString(settings.scale()));
        p.setProperty("days", Integer.toString(settings.days()));
        settings.tableScales().forEach((table, scale) -> p.setProperty(TABLE_SCALE + table, Double.toString(scale)));
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("databases", String.join(",", databases.keySet().stream().sorted().toList()));
        databases.forEach((name, size) -> p.setProperty("size." + name, Long.toString(size)));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "sample data packed by " + DemoPack.class.getName());
        }
    }
}
