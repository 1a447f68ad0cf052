package dev.pantherkernel.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes complete (or, for fault injection, deliberately incomplete) HTTP answers. */
final class Responses {
    private Responses() {}

    static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * Sends the first half of the body and ends the reply there: a complete HTTP answer whose JSON is cut off.
     * (Announcing a length and sending less did not reliably drop the connection with the JDK's server: clients
     * then waited for bytes that never came.)
     */
    static void truncated(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body, 0, body.length / 2);
        }
    }

    /** Closes the connection before any answer, which the client sees as a reset or an empty reply. */
    static void dropConnection(HttpExchange exchange) {
        exchange.close();
    }

    static byte[] html(int status, String reason) {
        return ("<!DOCTYPE html>\n<html><head><title>" + status + " " + reason + "</title></head>\n"
                + "<body><center><h1>" + status + " " + reason + "</h1></center><hr><center>gateway</center></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
