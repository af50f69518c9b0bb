package org.doudi.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Authenticator;
import org.doudi.rest.internal.openapi.OpenApiResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every {@link RestResource} service on one CXF server under {@code /api}, on a bus of its own, with
 * the API's Jackson provider, problem mappers, body limit and authentication. When resources come or go the
 * server is rebuilt, so a withdrawn resource answers 404 at once; on deactivation everything is destroyed.
 */
@Component(immediate = true)
public class RestPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    private final List<RestResource> resources = new CopyOnWriteArrayList<>();

    @Reference
    private Authenticator authenticator;
    @Reference
    private PublishedResources state;

    private Bus bus;
    private Server server;
    private boolean active;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindResource(RestResource resource) {
        resources.add(resource);
        republishIfActive();
    }

    void unbindResource(RestResource resource) {
        resources.remove(resource);
        republishIfActive();
    }

    @Activate
    synchronized void activate() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestPublisher.class.getClassLoader());
        try {
            bus = BusFactory.newInstance().createBus();
        } finally {
            thread.setContextClassLoader(previous);
        }
        active = true;
        republish();
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        destroyServer();
        if (bus != null) {
            bus.shutdown(true);
            bus = null;
        }
    }

    private synchronized void republishIfActive() {
        if (active) {
            republish();
        }
    }

    private void republish() {
        destroyServer();
        List<Object> beans = new ArrayList<>(resources);
        beans.sort(Comparator.comparing(r -> r.getClass().getName()));
        OpenApiResource openApi = new OpenApiResource(new ArrayList<>(beans));
        beans.add(openApi);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestPublisher.class.getClassLoader());
        try {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(beans);
            factory.setProviders(providers());
            server = factory.create();
            state.publishedNow(beans.stream().map(b -> b.getClass().getAnnotation(javax.ws.rs.Path.class))
                    .filter(p -> p != null).map(p -> p.value().replaceAll("^/+|/+$", ""))
                    .collect(Collectors.toUnmodifiableSet()));
            LOG.info("REST API published with {} resources", beans.size());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private List<Object> providers() {
        ObjectMapper mapper = JsonMapper.create();
        List<Object> providers = new ArrayList<>();
        providers.add(new JacksonJsonProvider(mapper));
        providers.add(new BodyLimitFilter(BodyLimitFilter.MAX_JSON_BYTES));
        providers.add(new AuthenticationFilter(authenticator));
        providers.addAll(ProblemMappers.all());
        return providers;
    }

    private void destroyServer() {
        state.publishedNow(Set.of());
        if (server != null) {
            server.destroy();
            server = null;
        }
    }
}
