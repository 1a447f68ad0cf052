package dev.pantherkernel.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes complete (or, for fault injection, deliberately incomplete) HTTP answers; GraphQL and REST alike. */
public final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The most a body is written in one call. The JDK's server copies each write into a buffer of that size that it
     * keeps with the connection while it stays open: one write of a 6 MB results page kept 6 MB per idle connection
     * (57 MB after one big query, inside the kernel that runs the demo).
     */
    static final int PIECE = 64 * 1024;

    private Responses() {}

    public static void json(HttpExchange exchange, int status, byte[] body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    /** The body every error of the API has: {@code {"message": ...}}. */
    public static void message(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, messageBody(message));
    }

    public static byte[] messageBody(String message) {
        try {
            return JSON.writeValueAsBytes(Map.of("message", message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a one-string map is always JSON", e);
        }
    }

    /**
     * An answer without a body that still says {@code application/json}: clients that parse every answer as JSON
     * (mcp-panther does, even a 204) accept an empty JSON answer but not another content type.
     */
    public static void withoutBody(HttpExchange exchange, int status) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, -1);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            writeInPieces(out, body, body.length);
        }
    }

    /** The first {@code length} bytes of {@code body}, at most {@link #PIECE} bytes a write. */
    private static void writeInPieces(OutputStream out, byte[] body, int length) throws IOException {
        for (int at = 0; at < length; at += PIECE) {
            out.write(body, at, Math.min(PIECE, length - at));
        }
    }

    /**
     * Sends the first half of the body and ends the reply there: a complete HTTP answer whose JSON is cut off.
     * (Announcing a length and sending less did not reliably drop the connection with the JDK's server: clients
     * then waited for bytes that never came.)
     */
    public static void truncated(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            writeInPieces(out, body, body.length / 2);
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
