package org.doudi.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.Destination;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.Bus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes CXF servers off the API without failing requests in flight. {@link Server#destroy()} clears the
 * destination's message observer before the servlet stops routing to it, so a request arriving in between
 * fails with a NullPointerException (a 500) — seen under load while a program was uninstalled. Here a retired
 * server's address is first removed from the servlet's destination registry (new requests go elsewhere at
 * once: a withdrawn program's path falls through to the core server and answers 404) and its destination is
 * released from the registry, so that destroying it later cannot remove whatever serves that address by then
 * (destroying removes "whatever is registered at its path"); the server is destroyed after a grace period.
 */
final class ServerRetirement {
    private static final Logger LOG = LoggerFactory.getLogger(ServerRetirement.class);
    static final long GRACE_SECONDS = 5;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "doudi-rest-retirement");
        t.setDaemon(true);
        return t;
    });
    private final List<Server> pending = new ArrayList<>();

    /** Stops routing to {@code server} now and destroys it after the grace period. */
    synchronized void retire(Bus bus, Server server) {
        DestinationRegistry registry = registry(bus);
        Destination destination = server.getDestination();
        if (registry == null || !(destination instanceof AbstractHTTPDestination)) {
            server.destroy();
            return;
        }
        AbstractHTTPDestination http = (AbstractHTTPDestination) destination;
        String path = http.getPath();
        synchronized (registry) {
            if (registered(registry, path) == destination) {
                registry.removeDestination(path);
            }
        }
        http.releaseRegistry();
        pending.add(server);
        scheduler.schedule(() -> destroy(server), GRACE_SECONDS, TimeUnit.SECONDS);
    }

    /** Destroys every retired server at once (the publisher is going away). */
    synchronized void destroyAllNow() {
        new ArrayList<>(pending).forEach(this::destroy);
        scheduler.shutdownNow();
    }

    private synchronized void destroy(Server server) {
        if (!pending.remove(server)) {
            return;
        }
        try {
            server.destroy();
        } catch (RuntimeException e) {
            LOG.warn("Could not destroy a retired REST server", e);
        }
    }

    private static AbstractHTTPDestination registered(DestinationRegistry registry, String path) {
        for (AbstractHTTPDestination d : registry.getDestinations()) {
            if (path.equals(d.getPath())) {
                return d;
            }
        }
        return null;
    }

    private static DestinationRegistry registry(Bus bus) {
        try {
            DestinationFactoryManager manager = bus.getExtension(DestinationFactoryManager.class);
            Object factory = manager == null ? null
                    : manager.getDestinationFactory("http://cxf.apache.org/transports/http");
            return factory instanceof HTTPTransportFactory ? ((HTTPTransportFactory) factory).getRegistry() : null;
        } catch (Exception e) {
            LOG.warn("No CXF destination registry: retired servers are destroyed at once", e);
            return null;
        }
    }
}
