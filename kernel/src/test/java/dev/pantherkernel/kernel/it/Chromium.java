package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run the way the machine allows: no sandbox, no GPU, no network at all. */
final class Chromium {

    static final String INSTALL_HINT = "Chromium is not installed: run ./install.sh --dev (the browser checks need it)";

    /** The Chromium found by the first run's search (a start of its wrapper script per name tried); found once per run. */
    private static volatile String found;

    private Chromium() {
    }

    static String binary() {
        String known = found;
        if (known != null) {
            return known;
        }
        for (String candidate : List.of("chromium", "/usr/bin/chromium", "chromium-browser")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    found = candidate;
                    return candidate;
                }
            } catch (IOException e) {
                // try the next name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException(INSTALL_HINT);
    }

    /** The page's DOM after its scripts ran (timers included, up to the virtual time budget). */
    static String dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(page, profile, List.of("--dump-dom"));
    }

    static void screenshot(Path page, Path profile, Path png) throws IOException, InterruptedException {
        run(page, profile, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,4000"));
    }

    private static String run(Path page, Path profile, List<String> extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                // nothing may come from the internet: plotly.js must be the copy inlined by the kernel
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--user-data-dir=" + profile.toAbsolutePath(), "--virtual-time-budget=10000"));
        command.addAll(extra);
        command.add(page.toAbsolutePath().toUri().toString());
        Path log = Files.createTempFile(Files.createDirectories(PROFILES), "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("chromium did not finish with " + page);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Where the pages' checks keep Chromium's profiles and logs: the build's target, which a clean removes. */
    private static final Path PROFILES = Path.of("target", "chromium").toAbsolutePath();

    /** A fresh, empty profile directory for one Chromium start. */
    static Path newProfile() throws IOException {
        return Files.createTempDirectory(Files.createDirectories(PROFILES), "profile");
    }
}
