package org.doudi.soap.internal;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.namespace.QName;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.doudi.api.DoudiClock;
import org.doudi.api.audit.LookupAudit;
import org.doudi.api.casework.EnrolmentService;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.resources.ReferralService;
import org.doudi.api.resources.ResourceService;
import org.doudi.api.security.Authenticator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the partner service on CXF at {@code /soap/partner} (so {@code /api/soap/partner} under the CXF servlet),
 * on a bus of its own, from the hand-written contract {@code wsdl/partner.wsdl}, which {@code ?wsdl} serves as it is,
 * documentation included. Requests are limited in size ({@link #LIMITS}) and pass {@link UsernameTokenInterceptor} and
 * {@link OperationRoles}; the endpoint is destroyed on deactivation, so it goes when a service it needs goes and comes
 * back with it.
 */
@Component(immediate = true)
public class PartnerPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(PartnerPublisher.class);
    static final String ADDRESS = "/soap/partner";
    static final String WSDL = "/wsdl/partner.wsdl";
    /** Characters of one request at most (8 MiB): ten thousand feed records with room to spare. */
    static final long MAX_XML_CHARACTERS = 8L * 1024 * 1024;
    /** Elements of one request at most. */
    static final long MAX_ELEMENT_COUNT = 200_000L;
    /** Children of one element at most: the records of a feed and the few other elements of the request. */
    static final int MAX_CHILD_ELEMENTS = FeedRecords.MAX_RECORDS + 10;
    /**
     * The endpoint's limits on a request, enforced by CXF's StAX reader while it reads the message (headers
     * included), before anything is bound to objects: a request past one of them is refused.
     */
    static final Map<String, Object> LIMITS = Map.of(
            "org.apache.cxf.stax.maxXMLCharacters", MAX_XML_CHARACTERS,
            "org.apache.cxf.stax.maxElementCount", MAX_ELEMENT_COUNT,
            "org.apache.cxf.stax.maxChildElements", MAX_CHILD_ELEMENTS);

    @Reference
    private Authenticator authenticator;
    @Reference
    private HouseholdService households;
    @Reference
    private EnrolmentService enrolments;
    @Reference
    private MonitoringService monitoring;
    @Reference
    private ReferralService referrals;
    @Reference
    private ResourceService resources;
    @Reference
    private FeedAgreements agreements;
    @Reference
    private DoudiClock clock;
    @Reference
    private LookupAudit lookups;

    private Bus bus;
    private Server server;

    @Activate
    void activate() {
        URL wsdl = PartnerPublisher.class.getResource(WSDL);
        PartnerEndpoint endpoint = new PartnerEndpoint(new PartnerEndpoint.Services(households, enrolments, monitoring,
                referrals, resources, agreements, clock, lookups));
        bus = withOwnClassLoader(this::newBus);
        try {
            server = withOwnClassLoader(() -> {
                JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
                factory.setBus(bus);
                factory.setAddress(ADDRESS);
                factory.setServiceClass(PartnerEndpoint.class);
                factory.setServiceBean(endpoint);
                factory.setWsdlLocation(wsdl.toExternalForm());
                factory.setServiceName(new QName(PartnerEndpoint.NAMESPACE, "PartnerService"));
                factory.setEndpointName(new QName(PartnerEndpoint.NAMESPACE, "PartnerPort"));
                factory.setProperties(new HashMap<>(LIMITS));
                factory.getInInterceptors().add(new UsernameTokenInterceptor(authenticator));
                factory.getInInterceptors().add(new OperationRoles());
                factory.getOutFaultInterceptors().add(new ClientFaultCode());
                return create(factory);
            });
        } catch (RuntimeException | Error e) {
            // DS does not call deactivate after a failed activate: the bus would stay behind
            try {
                bus.shutdown(true);
            } catch (RuntimeException shutdown) {
                e.addSuppressed(shutdown);
            }
            bus = null;
            throw e;
        }
        LOG.info("SOAP partner service published at /api{} (WSDL: /api{}?wsdl)", ADDRESS, ADDRESS);
    }

    /** A new bus for the endpoint (a seam for tests). */
    Bus newBus() {
        return BusFactory.newInstance().createBus();
    }

    /** Creates and starts the endpoint (a seam for tests). */
    Server create(JaxWsServerFactoryBean factory) {
        return factory.create();
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
            server = null;
        }
        if (bus != null) {
            bus.shutdown(true);
            bus = null;
        }
        LOG.info("SOAP partner service withdrawn from /api{}", ADDRESS);
    }

    /** Runs {@code work} with this bundle's class loader as context loader, as CXF expects when it creates things. */
    private static <T> T withOwnClassLoader(Callable<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(PartnerPublisher.class.getClassLoader());
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
