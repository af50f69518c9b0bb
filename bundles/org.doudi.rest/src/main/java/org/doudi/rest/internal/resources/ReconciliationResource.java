package org.doudi.rest.internal.resources;

import static org.doudi.rest.internal.RequestValues.bool;
import static org.doudi.rest.internal.RequestValues.integer;
import static org.doudi.rest.internal.RequestValues.oneOf;
import static org.doudi.rest.internal.RequestValues.requireBody;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import javax.ws.rs.core.UriInfo;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.Mismatch;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.MismatchQuery;
import org.doudi.api.supervision.MismatchResolutionRequest;
import org.doudi.api.supervision.MismatchTotal;
import org.doudi.api.supervision.Reconciliation;
import org.doudi.api.supervision.ReconciliationService;
import org.doudi.api.supervision.ReconciliationTotal;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.RequestValues;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Monthly fund reconciliation (业务系统与资金内控平台数据比对) over HTTP ({@code /api/reconciliations}).
 *
 * <p>{@code POST /api/reconciliations?month=yyyy-MM&fileName=…} with the fund internal-control platform's export
 * as {@code text/csv} (UTF-8, a header naming the columns, any order, other columns ignored) reconciles it with our
 * payment roll of that month at once and answers {@code 201} with the figures:
 * <table>
 * <caption>columns of the platform's export</caption>
 * <tr><th>column</th><th>content</th></tr>
 * <tr><td>idNumber</td><td>the payee's 18-character ID number (checksum checked)</td></tr>
 * <tr><td>program</td><td>program id, e.g. {@code dibao}, {@code special-hardship}</td></tr>
 * <tr><td>month</td><td>{@code yyyy-MM}; must be the month reconciled</td></tr>
 * <tr><td>amount</td><td>yuan, ≥ 0, at most two decimals</td></tr>
 * <tr><td>account</td><td>the bank account paid to, 12–30 digits (spaces allowed); required when PAID</td></tr>
 * <tr><td>status</td><td>PAID, FAILED or RETURNED; only PAID counts as paid</td></tr>
 * </table>
 * A row with a wrong value is listed with its line and reason and left out; the rest is reconciled. Each run is
 * stored with its own id. District staff run and settle; auditors read; a street operator reads its own street's
 * figures and mismatches only. ID numbers are masked for roles that do not need them, accounts for everyone but
 * district staff.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("reconciliations")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource implements RestResource {
    static final String CSV = "text/csv";
    static final int MAX_PAGE_SIZE = 500;

    @Reference
    private ReconciliationService reconciliations;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;

    @POST
    @Consumes(CSV)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Response reconcile(@QueryParam("month") String month, @QueryParam("fileName") String fileName,
            @QueryParam("reason") String reason, InputStream csv) {
        YearMonth m = RequestValues.month("month", month);
        Uploads.checkName("fileName", fileName);
        if (reason != null && reason.length() > 500) {
            throw new ValidationException("reason", "length", "must be at most 500 characters");
        }
        Reconciliation r = reconciliations.reconcile(m, csv, fileName, WriteContext.of(caller().name(), reason));
        return Response.created(uri.getBaseUriBuilder().path("reconciliations").path(r.id()).build()).entity(r).build();
    }

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.AUDITOR, Roles.STREET_OPERATOR})
    public Page<Reconciliation> list(@QueryParam("month") String month,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        Caller caller = caller();
        YearMonth m = month == null ? null : RequestValues.month("month", month);
        Page<Reconciliation> found = reconciliations.list(m, integer("page", page, 0, 1_000_000),
                integer("size", size, 1, 100));
        if (!caller.streetScoped()) {
            return found;
        }
        return new Page<>(found.items().stream().map(r -> ownStreet(reconciliations.find(r.id()).orElse(r), caller))
                .toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.AUDITOR, Roles.STREET_OPERATOR})
    public Reconciliation get(@PathParam("id") String id) {
        Caller caller = caller();
        Reconciliation r = reconciliations.find(id).orElseThrow(() -> DoudiException.notFound("reconciliation " + id));
        return caller.streetScoped() ? ownStreet(r, caller) : r;
    }

    @GET
    @Path("{id}/mismatches")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.AUDITOR, Roles.STREET_OPERATOR})
    public Page<Mismatch> mismatches(@PathParam("id") String id, @QueryParam("street") String street,
            @QueryParam("kind") String kind, @QueryParam("resolved") String resolved,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        Caller caller = caller();
        Checks.knownStreet(streets, street);
        MismatchQuery q = new MismatchQuery(CallerViews.streetFilter(caller, street),
                oneOf("kind", kind, MismatchKind.class), resolved == null ? null : bool("resolved", resolved, false),
                integer("page", page, 0, 1_000_000), integer("size", size, 1, MAX_PAGE_SIZE));
        Page<Mismatch> found = reconciliations.mismatches(id, q);
        return new Page<>(found.items().stream().map(m -> view(m, caller)).toList(), found.page(), found.size(),
                found.total());
    }

    @GET
    @Path("{id}/mismatches/{n}")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.AUDITOR, Roles.STREET_OPERATOR})
    public Mismatch mismatch(@PathParam("id") String id, @PathParam("n") String n) {
        Caller caller = caller();
        return view(visible(id, n, caller), caller);
    }

    /** Records how mismatch {@code n} was settled, once: 409 when it already is. */
    @POST
    @Path("{id}/mismatches/{n}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF})
    public Mismatch resolve(@PathParam("id") String id, @PathParam("n") String n,
            MismatchResolutionRequest resolution) {
        Caller caller = caller();
        Mismatch m = visible(id, n, caller);
        requireBody(resolution);
        return view(reconciliations.resolve(id, m.no(), resolution, WriteContext.of(caller.name(),
                resolution.note())), caller);
    }

    private Mismatch visible(String id, String n, Caller caller) {
        int no;
        try {
            no = Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw DoudiException.notFound("mismatch " + n + " of reconciliation " + id);
        }
        return reconciliations.mismatch(id, no).filter(m -> caller.maySee(m.street()))
                .orElseThrow(() -> DoudiException.notFound("mismatch " + n + " of reconciliation " + id));
    }

    /** ID numbers for roles that identify people; accounts in full for district staff only. */
    static Mismatch view(Mismatch m, Caller caller) {
        boolean accounts = caller.hasRole(Roles.DISTRICT_ADMIN) || caller.hasRole(Roles.DISTRICT_STAFF);
        return m.withIdentity(caller.seesFullIdNumbers() ? m.idNumber() : ResidentIdNumber.mask(m.idNumber()),
                accounts ? m.rollAccount() : BankAccounts.mask(m.rollAccount()),
                accounts ? m.paidAccount() : BankAccounts.mask(m.paidAccount()));
    }

    /**
     * A street operator's view: its own street's figures and open mismatches; no other street's, and none of the
     * district's (file name, rows read, row errors).
     */
    private Reconciliation ownStreet(Reconciliation r, Caller caller) {
        String street = caller.street() == null ? "-" : caller.street();
        ReconciliationTotal own = r.byStreet() == null ? null : r.byStreet().stream()
                .filter(t -> t.key().equals(street)).findFirst().orElse(null);
        if (own == null) {
            own = new ReconciliationTotal(street, 0, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2), 0,
                    0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), Arrays.stream(MismatchKind.values())
                            .map(k -> new MismatchTotal(k, 0, BigDecimal.ZERO.setScale(2)))
                            .toList());
        }
        long open = reconciliations.mismatches(r.id(), new MismatchQuery(street, null, false, 0, 1)).total();
        // the file's name, its row count and its row errors are the district's: not a street's to see
        return new Reconciliation(r.id(), r.month(), null, r.fileSha256(), null, null, own, List.of(own), null, null,
                open, r.ranBy(), r.ranAt());
    }

    private Caller caller() {
        return CallerPrincipal.of(security);
    }
}
