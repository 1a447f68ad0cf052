package dev.pantherkernel.kernel.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The plotly.js of the HTML route: a local copy (beside the kernel, or {@code PANTHER_PLOTLY_JS}) that one chart of a
 * notebook carries, packed (see {@link PlotlyCarrier}), and plotly's CDN as the last resort.
 * Pinned to one 2.x release, the one Tablesaw's figures were written for.
 */
public final class PlotlyJs {

    /** The plotly.js release every figure uses (the root pom's {@code plotly.version}). */
    public static final String VERSION = version();

    /** The environment variable naming a local plotly.min.js; else the one install.sh puts beside the kernel jar. */
    public static final String LOCATION_VARIABLE = "PANTHER_PLOTLY_JS";

    private final Path local;
    private String compressed;

    private PlotlyJs(Path local) {
        this.local = local;
    }

    /** Uses a local plotly.js when one is found, else the CDN. */
    public static PlotlyJs find() {
        return new PlotlyJs(locate().orElse(null));
    }

    public static PlotlyJs cdnOnly() {
        return new PlotlyJs(null);
    }

    public static PlotlyJs local(Path file) {
        return new PlotlyJs(file);
    }

    /** The CDN address without the ".js" RequireJS adds by itself. */
    String cdnUrlWithoutJs() {
        return "https://cdn.plot.ly/plotly-" + VERSION + ".min";
    }

    /**
     * The local copy, gzipped and in base64, as a chart output carries it (read and packed once, then kept): 4.6 MB of
     * plotly.js become 1.8 MB of text in a notebook. Empty without a local copy, or when it cannot be read.
     */
    Optional<String> compressed() {
        if (local == null) {
            return Optional.empty();
        }
        synchronized (this) {
            if (compressed == null) {
                try {
                    ByteArrayOutputStream packed = new ByteArrayOutputStream(2 << 20);
                    try (OutputStream gzip = new GZIPOutputStream(packed) {
                        {
                            def.setLevel(Deflater.BEST_COMPRESSION);
                        }
                    }) {
                        Files.copy(local, gzip);
                    }
                    compressed = Base64.getEncoder().encodeToString(packed.toByteArray());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(compressed);
        }
    }

    private static Optional<Path> locate() {
        String configured = System.getenv(LOCATION_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
        try {
            Path jar = Path.of(PlotlyJs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().resolve("plotly.min.js");
            return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String version() {
        try (InputStream in = PlotlyJs.class.getResourceAsStream("plotly.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("plotly.properties is missing from the kernel jar"));
        }
    }
}
