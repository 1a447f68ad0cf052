package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One JupyterLab server (which also serves Notebook 7) for the browser checks: the Jupyter install.sh recorded, this
 * build's kernelspec (as the examples run it, {@link DerivedKernelspec#examples()}) and chart extension on JUPYTER_PATH, settings, runtime and workspace files of its own under
 * {@code target/}, a random token on a free loopback port, and the built-in demo (no Panther configured).
 */
final class JupyterLabServer implements AutoCloseable {

    private final Process process;
    private final String baseUrl;
    private final String token;

    private JupyterLabServer(Process process, String baseUrl, String token) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static JupyterLabServer start(Path notebooks, Path home) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String token = UUID.randomUUID().toString();
        Path settings = home.resolve("lab-settings");
        // every cell stays in the page (JupyterLab 4 otherwise detaches cells scrolled out of view), no news pop-up
        write(settings.resolve("@jupyterlab/notebook-extension/tracker.jupyterlab-settings"), "{\"windowingMode\": \"none\"}");
        write(settings.resolve("@jupyterlab/apputils-extension/notification.jupyterlab-settings"),
                "{\"fetchNews\": \"false\", \"checkForUpdates\": false}");
        List<String> command = new ArrayList<>(List.of(Jupyter.jupyterCommand(), "lab", "--no-browser", "--allow-root",
                "--ip=127.0.0.1", "--port=" + port, "--IdentityProvider.token=" + token,
                "--ServerApp.root_dir=" + notebooks, "--LabApp.expose_app_in_browser=True",
                "--JupyterNotebookApp.expose_app_in_browser=True"));
        ProcessBuilder builder = Jupyter.process(command)
                .redirectErrorStream(true).redirectOutput(home.resolve("jupyter-lab.log").toFile());
        Map<String, String> env = builder.environment();
        env.remove("PANTHER_API_URL");
        env.remove("PANTHER_API_TOKEN");
        env.put("JUPYTER_PATH", DerivedKernelspec.examples().toString());
        env.put("JUPYTERLAB_SETTINGS_DIR", settings.toString());
        env.put("JUPYTERLAB_WORKSPACES_DIR", home.resolve("lab-workspaces").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
        JupyterLabServer server = new JupyterLabServer(builder.start(), "http://127.0.0.1:" + port + "/", token);
        server.awaitReady(Duration.ofMinutes(3), home.resolve("jupyter-lab.log"));
        return server;
    }

    String baseUrl() {
        return baseUrl;
    }

    String token() {
        return token;
    }

    private void awaitReady(Duration patience, Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create(baseUrl + "api/status?token=" + token))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("jupyter lab exited: " + Files.readString(log));
            }
            try {
                if (http.send(status, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("jupyter lab did not answer within " + patience + ": " + Files.readString(log));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Stops the server, which shuts down its kernels first. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
