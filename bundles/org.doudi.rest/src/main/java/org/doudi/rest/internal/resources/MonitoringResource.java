package org.doudi.rest.internal.resources;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.monitoring.FeedSource;
import org.doudi.api.monitoring.FeedSubmission;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.monitoring.MonitoringRunRequest;
import org.doudi.api.monitoring.MonitoringService;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.PartnerAgreements;
import static org.doudi.rest.internal.RequestValues.month;
import static org.doudi.rest.internal.RequestValues.requireBody;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Partner feeds and the cross-comparison ({@code /api/monitoring}): a feed as CSV or JSON, the city platform's
 * results of a street, and runs of a month (district-wide, or a street's own). Each answers {@code 202} with the
 * job that does the work.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource implements RestResource {

    @Reference
    private MonitoringService monitoring;
    @Reference
    private StreetDirectory streets;
    @Reference
    private PartnerAgreements agreements;

    @Context
    private SecurityContext security;

    /** The feed types and the columns each needs. */
    @GET
    @Path("feed-types")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR,
        Roles.PARTNER})
    public List<Map<String, Object>> feedTypes() {
        return monitoring.feedTypes().stream().map(t -> Map.<String, Object>of("type", t.id(), "department",
                t.department(), "requiredColumns", t.requiredColumns(), "keyColumn", String.valueOf(t.keyColumn()),
                "amountColumn", String.valueOf(t.amountColumn()), "suggestedAction", t.action())).toList();
    }

    @POST
    @Path("feeds/{type}")
    @Consumes(ImportResource.CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.PARTNER})
    public Response loadCsv(@PathParam("type") String type, @QueryParam("period") String period,
            @QueryParam("department") String department, @QueryParam("fileName") String fileName, InputStream csv) {
        Caller caller = CallerPrincipal.of(security);
        FeedType feed = feedType(type);
        month("period", period);
        Uploads.checkName("department", department);
        Uploads.checkName("fileName", fileName);
        return JobAccepted.of(monitoring.loadFeed(feed, new FeedSource(sender(caller, feed, department),
                period.strip(), fileName), csv, WriteContext.of(caller.name(), null)));
    }

    @POST
    @Path("feeds/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.PARTNER})
    public Response loadJson(@PathParam("type") String type, FeedSubmission submission) {
        Caller caller = CallerPrincipal.of(security);
        FeedType feed = feedType(type);
        requireBody(submission);
        month("period", submission.period());
        Uploads.checkName("department", submission.department());
        if (submission.records() == null || submission.records().isEmpty()) {
            throw new ValidationException("records", "required", "must list at least one record");
        }
        FeedSubmission sent = new FeedSubmission(sender(caller, feed, submission.department()), submission.period(),
                submission.records());
        return JobAccepted.of(monitoring.loadFeed(feed, sent, WriteContext.of(caller.name(), null)));
    }

    @POST
    @Path("city-results/{street}")
    @Consumes(ImportResource.CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Response cityResults(@PathParam("street") String street, @QueryParam("month") String month,
            InputStream csv) {
        Caller caller = CallerPrincipal.of(security);
        Checks.knownStreet(streets, street);
        CallerViews.requireOwnStreet(caller, street, "street");
        month("month", month);
        return JobAccepted.of(monitoring.importCityResults(street, month.strip(), csv,
                WriteContext.of(caller.name(), null)));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR})
    public Response run(MonitoringRunRequest request) {
        Caller caller = CallerPrincipal.of(security);
        requireBody(request);
        month("month", request.month());
        String street = request.street();
        if (caller.streetScoped()) {
            if (street == null) {
                street = caller.street();
            }
            CallerViews.requireOwnStreet(caller, street, "street");
        }
        Checks.knownStreet(streets, street);
        return JobAccepted.of(monitoring.run(new MonitoringRunRequest(request.month().strip(), street),
                WriteContext.of(caller.name(), null)));
    }

    /**
     * The department a feed is recorded from: a partner sends only the types its agreement covers (403 otherwise)
     * and always as itself; district staff name the department (or the type's usual one).
     */
    private String sender(Caller caller, FeedType feed, String department) {
        if (!CallerViews.partnerOnly(caller)) {
            return department;
        }
        if (!agreements.maySend(caller.name(), feed.id())) {
            throw new org.doudi.api.DoudiException(403, "forbidden", "partner " + caller.name() + " has no agreement"
                    + " to send " + feed.id() + " feeds (org.doudi.partners feeds)");
        }
        String as = "partner:" + caller.name() + (department == null ? "" : " (" + department + ")");
        return as.length() > 100 ? as.substring(0, 100) : as;
    }

    private static FeedType feedType(String type) {
        return FeedType.ofId(type).orElseThrow(() -> new ValidationException("type", "oneOf",
                "unknown feed type; one of " + java.util.Arrays.stream(FeedType.values()).map(FeedType::id).toList()));
    }
}
