package dev.pantherkernel.emulator.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How answers are written: whole, and in pieces the JDK's server does not keep a copy of per connection. */
class ResponsesTest {

    @Test
    void aBigBodyIsWrittenWholeInPiecesOfAtMost64KiB() throws Exception {
        byte[] body = new byte[5 * Responses.PIECE + 123];
        Arrays.fill(body, (byte) 'x');
        RecordingExchange exchange = new RecordingExchange();

        Responses.json(exchange, 200, body);

        assertThat(exchange.body.toByteArray()).isEqualTo(body);
        assertThat(exchange.writes).hasSize(6).allMatch(size -> size <= Responses.PIECE);
        assertThat(exchange.status).isEqualTo(200);
        assertThat(exchange.length).isEqualTo(body.length);
    }

    @Test
    void aTruncatedBodyIsItsFirstHalfInPiecesToo() throws Exception {
        byte[] body = new byte[3 * Responses.PIECE];
        RecordingExchange exchange = new RecordingExchange();

        Responses.truncated(exchange, 200, body);

        assertThat(exchange.body.size()).isEqualTo(body.length / 2);
        assertThat(exchange.writes).allMatch(size -> size <= Responses.PIECE);
    }

    /** An exchange that keeps what was written, and the size of each write. */
    private static final class RecordingExchange extends HttpExchange {
        final List<Integer> writes = new ArrayList<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Headers responseHeaders = new Headers();
        int status;
        long length;

        @Override
        public OutputStream getResponseBody() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    writes.add(1);
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int off, int len) {
                    writes.add(len);
                    body.write(bytes, off, len);
                }
            };
        }

        @Override
        public void sendResponseHeaders(int rCode, long responseLength) {
            status = rCode;
            length = responseLength;
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public Headers getRequestHeaders() {
            return new Headers();
        }

        @Override
        public URI getRequestURI() {
            return URI.create("/");
        }

        @Override
        public String getRequestMethod() {
            return "POST";
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
        }

        @Override
        public InputStream getRequestBody() {
            return InputStream.nullInputStream();
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public int getResponseCode() {
            return status;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public void setAttribute(String name, Object value) {
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }
    }
}
