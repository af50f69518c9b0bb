package org.doudi.rest.internal.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.doudi.api.program.AssistanceProgram;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * One program's CXF server at {@code /programs/<id>} (under the servlet's {@code /api}): the core's
 * {@link ProgramEndpoint} plus the program bundle's own resources. Rebuilding or destroying it never touches
 * the core server or another program's.
 */
public final class ProgramServer {
    private final String programId;
    private AssistanceProgram program;
    private ProgramEndpoint endpoint;
    private final List<Object> extras = new ArrayList<>();
    private Server server;

    public ProgramServer(String programId) {
        this.programId = programId;
    }

    /** The address under the servlet context. */
    public String address() {
        return "/programs/" + programId;
    }

    /** The program served, or null while it is absent. */
    public AssistanceProgram program() {
        return program;
    }

    /** Serves {@code program} (null: withdraws it) through an endpoint made by {@code endpoints}. */
    public void program(AssistanceProgram program, Function<AssistanceProgram, ProgramEndpoint> endpoints) {
        this.program = program;
        this.endpoint = program == null ? null : endpoints.apply(program);
    }

    public void addExtra(Object resource) {
        extras.add(resource);
    }

    public void removeExtra(Object resource) {
        extras.remove(resource);
    }

    /** Nothing left to serve or wait for. */
    public boolean empty() {
        return endpoint == null && extras.isEmpty();
    }

    /** The resources published, or none while the program itself is absent. */
    public List<Object> beans() {
        if (endpoint == null) {
            return List.of();
        }
        List<Object> beans = new ArrayList<>();
        beans.add(endpoint);
        List<Object> sorted = new ArrayList<>(extras);
        sorted.sort(Comparator.comparing(r -> r.getClass().getName()));
        beans.addAll(sorted);
        return beans;
    }

    /**
     * (Re)publishes on {@code bus}, or only withdraws while the program is absent; the previous server goes to
     * {@code retire}, which takes it off its address before the new one takes the address.
     */
    public void publish(Bus bus, Supplier<List<Object>> providers, Consumer<Server> retire) {
        withdraw(retire);
        List<Object> beans = beans();
        if (beans.isEmpty()) {
            return;
        }
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address());
        factory.setServiceBeans(beans);
        factory.setProviders(providers.get());
        server = factory.create();
    }

    /** Hands the running server, if any, to {@code retire}. */
    public void withdraw(Consumer<Server> retire) {
        if (server != null) {
            retire.accept(server);
            server = null;
        }
    }
}
