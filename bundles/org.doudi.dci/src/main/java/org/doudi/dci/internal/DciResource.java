package org.doudi.dci.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.DoudiClock;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.registry.HouseholdService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The DCI registry APIs v1.0.0 under {@code /api/dci/registry} (social registry search, registry-core
 * subscribe / unsubscribe, transaction status). Bodies are taken as text and parsed here, so a malformed envelope
 * is answered with the spec's ERR / rejected header rather than the core's problem JSON. Authentication is the
 * core's (HTTP Basic or bearer token, one realm); every method names the roles that may call it.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("dci/registry")
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Produces(MediaType.APPLICATION_JSON)
public class DciResource implements RestResource {

    @Reference
    private HouseholdService households;
    @Reference
    private ProgramRecordStore store;
    @Reference
    private DoudiClock clock;
    @Reference
    private Outbox outbox;

    @Context
    private SecurityContext security;

    private ExecutorService workers;

    @Activate
    void activate() {
        workers = Executors.newFixedThreadPool(2, r -> new Thread(r, "doudi-dci-search"));
    }

    @Deactivate
    void deactivate() {
        workers.shutdownNow();
    }

    @POST
    @Path("sync/search")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response syncSearch(String body) {
        return searches().sync(body, caller());
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response search(String body) {
        return searches().async(body, caller());
    }

    @POST
    @Path("sync/txn/status")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response syncTxnStatus(String body) {
        return new TxnStatusEndpoint(store, clock, outbox).sync(body, caller());
    }

    @POST
    @Path("txn/status")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response txnStatus(String body) {
        return new TxnStatusEndpoint(store, clock, outbox).async(body, caller());
    }

    @POST
    @Path("subscribe")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response subscribe(String body) {
        return new SubscriptionEndpoint(store, clock, outbox).subscribe(body, caller());
    }

    @POST
    @Path("unsubscribe")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response unsubscribe(String body) {
        return new SubscriptionEndpoint(store, clock, outbox).unsubscribe(body, caller());
    }

    private SearchEndpoint searches() {
        return new SearchEndpoint(households, store, clock, outbox, workers);
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }
}
