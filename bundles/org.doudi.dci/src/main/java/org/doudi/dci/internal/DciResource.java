package org.doudi.dci.internal;

import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The DCI registry APIs v1.0.0 under {@code /api/dci/registry} (social registry search, registry-core
 * subscribe / unsubscribe, transaction status). Bodies are taken as text and parsed here, so a malformed envelope
 * is answered with the spec's ERR / rejected header rather than the core's problem JSON. Authentication is the
 * core's (HTTP Basic or bearer token, one realm); every method names the roles that may call it. Callback
 * addresses are checked against the account's configured origins (PID {@code org.doudi.dci},
 * {@link CallbackPolicy}); asynchronous searches run on a bounded pool and are refused with
 * {@code err.service.unavailable} when it is full.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true", configurationPid = DciConfig.PID)
@Designate(ocd = DciConfig.class)
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

    /** Threads running asynchronous searches. */
    static final int WORKERS = 2;
    /** Asynchronous searches that may wait for a thread; one more is refused. */
    static final int QUEUE = 50;

    private ThreadPoolExecutor workers;
    private volatile CallbackPolicy callbacks = CallbackPolicy.NONE;

    @Activate
    void activate(DciConfig config) {
        workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> new Thread(r, "doudi-dci-search"), new ThreadPoolExecutor.AbortPolicy());
        modified(config);
    }

    @Modified
    void modified(DciConfig config) {
        callbacks = CallbackPolicy.of(config);
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
        return new TxnStatusEndpoint(store, clock, outbox, callbacks).sync(body, caller());
    }

    @POST
    @Path("txn/status")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response txnStatus(String body) {
        return new TxnStatusEndpoint(store, clock, outbox, callbacks).async(body, caller());
    }

    @POST
    @Path("subscribe")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response subscribe(String body) {
        Caller caller = caller();
        Response refused = admit(body, "subscribe", "subscribe_request", caller);
        return refused != null ? refused : new SubscriptionEndpoint(store, clock, outbox).subscribe(body, caller);
    }

    @POST
    @Path("unsubscribe")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public Response unsubscribe(String body) {
        Caller caller = caller();
        Response refused = admit(body, "unsubscribe", null, caller);
        return refused != null ? refused : new SubscriptionEndpoint(store, clock, outbox).unsubscribe(body, caller);
    }

    private SearchEndpoint searches() {
        return new SearchEndpoint(households, store, clock, outbox, workers, callbacks);
    }

    /**
     * The checks a subscription request passes before it is run: its callback addresses (sender_uri and any
     * meta.notify_uri) are the caller's, it carries at most {@link EnvelopeReader#MAX_ITEMS} items, and its
     * message id is new for this caller. Null when it may go on, else the ERR answer.
     */
    private Response admit(String body, String action, String itemsField, Caller caller) {
        Instant now = clock.now();
        return Exchange.async(now, () -> {
            Envelope e = EnvelopeReader.read(body, action);
            CallbackPolicy policy = callbacks;
            policy.check(e.senderUri(), caller.name(), "header.sender_uri");
            if (e.meta("notify_uri") != null) {
                policy.check(e.meta("notify_uri"), caller.name(), "header.meta.notify_uri");
            }
            if (itemsField != null) {
                EnvelopeReader.items(e, itemsField);
            }
            new TxnStore(store).requireNewMessage(e, caller.name());
            return null;
        });
    }

    private Caller caller() {
        return Caller.of(security.getUserPrincipal());
    }
}
