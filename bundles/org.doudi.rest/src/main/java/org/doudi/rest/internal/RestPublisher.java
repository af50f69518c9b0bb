package org.doudi.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.doudi.api.DoudiClock;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.TokenService;
import org.doudi.rest.internal.openapi.OpenApiResource;
import org.doudi.rest.internal.programs.ProgramEndpoint;
import org.doudi.rest.internal.programs.ProgramServer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the API on CXF under {@code /api}, on a bus of its own, with the API's Jackson provider, problem
 * mappers, body limit and authentication (HTTP Basic or a bearer token):
 * <ul>
 * <li>the core {@link RestResource} services on one server at {@code /}, rebuilt when one comes or goes;</li>
 * <li>each {@link AssistanceProgram} on a server of its own at {@code /programs/<id>}, with the core's
 * {@link ProgramEndpoint} and the program's own resources (RestResource services carrying
 * {@value AssistanceProgram#ID_PROPERTY}); a program arriving or leaving rebuilds only its server.</li>
 * </ul>
 * A replaced or withdrawn server leaves its address at once and is destroyed after a grace period
 * ({@link ServerRetirement}), so requests in flight never fail; everything is destroyed on deactivation.
 */
@Component(immediate = true)
public class RestPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    private final List<RestResource> core = new ArrayList<>();
    private final Map<String, ProgramServer> programs = new TreeMap<>();

    @Reference
    private Authenticator authenticator;
    @Reference
    private TokenService tokens;
    @Reference
    private PublishedResources state;
    @Reference
    private HouseholdService households;
    @Reference
    private DoudiClock clock;

    private final ServerRetirement retirement = new ServerRetirement();
    private Bus bus;
    private Server coreServer;
    private boolean active;
    private volatile ObjectNode document;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void bindResource(RestResource resource, Map<String, Object> properties) {
        String programId = programIdOf(properties);
        if (programId == null) {
            core.add(resource);
            republishCore();
        } else {
            programs.computeIfAbsent(programId, ProgramServer::new).addExtra(resource);
            republishProgram(programId);
        }
    }

    synchronized void unbindResource(RestResource resource, Map<String, Object> properties) {
        String programId = programIdOf(properties);
        if (programId == null) {
            core.remove(resource);
            republishCore();
        } else if (programs.containsKey(programId)) {
            programs.get(programId).removeExtra(resource);
            republishProgram(programId);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    synchronized void bindProgram(AssistanceProgram program) {
        String id = program.info().id();
        programs.computeIfAbsent(id, ProgramServer::new).program(program, this::endpointFor);
        republishProgram(id);
    }

    synchronized void unbindProgram(AssistanceProgram program) {
        ProgramServer server = programs.get(program.info().id());
        if (server != null && server.program() == program) {
            server.program(null, this::endpointFor);
            republishProgram(program.info().id());
        }
    }

    @Activate
    synchronized void activate() {
        bus = withOwnClassLoader(() -> BusFactory.newInstance().createBus());
        active = true;
        republishCore();
        programs.values().forEach(p -> p.program(p.program(), this::endpointFor));
        new ArrayList<>(programs.keySet()).forEach(this::republishProgram);
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        programs.values().forEach(p -> p.withdraw(this::retire));
        destroyCore();
        if (bus != null) {
            retirement.destroyAllNow();
            bus.shutdown(true);
            bus = null;
        }
    }

    private void republishCore() {
        if (!active) {
            return;
        }
        destroyCore();
        List<Object> beans = new ArrayList<>(core);
        beans.sort(Comparator.comparing(r -> r.getClass().getName()));
        beans.add(new OpenApiResource(() -> document));
        coreServer = withOwnClassLoader(() -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(beans);
            factory.setProviders(providers());
            return factory.create();
        });
        state.publishedNow(beans.stream().map(b -> b.getClass().getAnnotation(javax.ws.rs.Path.class))
                .filter(p -> p != null).map(p -> p.value().replaceAll("^/+|/+$", ""))
                .collect(Collectors.toUnmodifiableSet()));
        rebuildDocument();
        LOG.info("REST API published with {} core resources", beans.size());
    }

    private void republishProgram(String programId) {
        ProgramServer server = programs.get(programId);
        if (!active || server == null) {
            return;
        }
        withOwnClassLoader(() -> {
            server.publish(bus, this::providers, this::retire);
            return null;
        });
        if (server.empty()) {
            programs.remove(programId);
        }
        rebuildDocument();
        LOG.info("Program {} {} at /api{}", programId, server.beans().isEmpty() ? "withdrawn" : "published",
                server.address());
    }

    private void rebuildDocument() {
        Map<String, List<Object>> byPrefix = new LinkedHashMap<>();
        List<Object> coreBeans = new ArrayList<>(core);
        coreBeans.add(new OpenApiResource(() -> document));
        byPrefix.put("", coreBeans);
        programs.values().forEach(p -> byPrefix.put(p.address(), p.beans()));
        document = OpenApiResource.build(byPrefix);
    }

    private ProgramEndpoint endpointFor(AssistanceProgram program) {
        return new ProgramEndpoint(program, households, clock);
    }

    private List<Object> providers() {
        ObjectMapper mapper = JsonMapper.create();
        List<Object> providers = new ArrayList<>();
        providers.add(new JacksonJsonProvider(mapper));
        providers.add(new BodyLimitFilter(BodyLimitFilter.MAX_JSON_BYTES));
        providers.add(new AuthenticationFilter(authenticator, tokens));
        providers.addAll(ProblemMappers.all());
        return providers;
    }

    private void destroyCore() {
        state.publishedNow(Set.of());
        if (coreServer != null) {
            retire(coreServer);
            coreServer = null;
        }
    }

    private void retire(Server server) {
        retirement.retire(bus, server);
    }

    private static String programIdOf(Map<String, Object> properties) {
        Object id = properties.get(AssistanceProgram.ID_PROPERTY);
        return id == null ? null : id.toString();
    }

    /** Runs {@code work} with this bundle's class loader as context loader, as CXF expects when it creates things. */
    private static <T> T withOwnClassLoader(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestPublisher.class.getClassLoader());
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
