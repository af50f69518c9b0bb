package org.doudi.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A partner's callback endpoint in the test JVM: collects every POST (on-search, on-subscribe, on-unsubscribe,
 * notify) with its path and JSON body, and answers 200.
 */
final class DciReceiver implements AutoCloseable {
    /** One callback received. */
    static final class Call {
        final String path;
        final JsonNode body;

        Call(String path, JsonNode body) {
            this.path = path;
            this.body = body;
        }

        @Override
        public String toString() {
            return path + " " + body;
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();

    DciReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                JsonNode body = Http.JSON.readTree(in.readAllBytes());
                synchronized (calls) {
                    calls.add(new Call(exchange.getRequestURI().getPath(), body));
                }
                exchange.sendResponseHeaders(200, -1);
            } catch (IOException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String uri(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The calls so far that {@code match}. */
    List<Call> calls(Predicate<Call> match) {
        synchronized (calls) {
            List<Call> out = new ArrayList<>();
            calls.stream().filter(match).forEach(out::add);
            return out;
        }
    }

    /** Waits for the first call that matches. */
    Call await(String what, Predicate<Call> match) {
        Call[] found = new Call[1];
        Wait.until(what, 60, () -> {
            List<Call> c = calls(match);
            found[0] = c.isEmpty() ? null : c.get(0);
            return found[0] != null;
        });
        return found[0];
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
