package dev.pantherkernel.kernel.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The plotly.js of the HTML route: a local copy (beside the kernel, or {@code PANTHER_PLOTLY_JS}) inlined once per
 * session for front ends without a Jupyter server to fetch it from (nbconvert), and plotly's CDN as the last resort.
 * Pinned to one 2.x release, the one Tablesaw's figures were written for.
 */
public final class PlotlyJs {

    /** The plotly.js release every figure uses (the root pom's {@code plotly.version}). */
    public static final String VERSION = version();

    /** The environment variable naming a local plotly.min.js; else the one install.sh puts beside the kernel jar. */
    public static final String LOCATION_VARIABLE = "PANTHER_PLOTLY_JS";

    private final Path local;
    private final AtomicBoolean inlined = new AtomicBoolean();

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

    public Optional<Path> localCopy() {
        return Optional.ofNullable(local);
    }

    /** The CDN address without the ".js" RequireJS adds by itself. */
    String cdnUrlWithoutJs() {
        return "https://cdn.plot.ly/plotly-" + VERSION + ".min";
    }

    /**
     * The library as an inline script the first time it is asked for in a session (empty afterwards, and without a
     * local copy). Called with {@code define}, {@code module} and {@code exports} undefined, plotly's loader sets
     * {@code window.Plotly} even on pages that have RequireJS.
     */
    String inlineLibraryOnce() {
        if (local == null || !inlined.compareAndSet(false, true)) {
            return "";
        }
        try {
            String library = Files.readString(local, StandardCharsets.UTF_8).replace("</script", "<\\/script");
            return "<script>if (!window.Plotly) { (function (define, module, exports) {\n" + library
                    + "\n}).call(window); }</script>\n";
        } catch (IOException e) {
            inlined.set(false);
            return "";
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
