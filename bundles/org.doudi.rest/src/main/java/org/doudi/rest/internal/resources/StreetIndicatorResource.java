package org.doudi.rest.internal.resources;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.csv.CsvCells;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.doudi.api.supervision.StreetIndicator;
import org.doudi.api.supervision.StreetIndicatorReport;
import org.doudi.api.supervision.StreetIndicatorRow;
import org.doudi.api.supervision.StreetIndicatorService;
import org.doudi.rest.internal.CallerPrincipal;
import org.doudi.rest.internal.CallerViews;
import org.doudi.rest.internal.RequestValues;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Street performance indicators for the annual evaluation ({@code GET /api/reports/streets?month=yyyy-MM}), as JSON
 * or — with {@code Accept: text/csv} or {@code format=csv} — as CSV, one line per street and indicator. A
 * street-level caller gets their own street only.
 */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("reports/streets")
public class StreetIndicatorResource implements RestResource {
    static final String CSV = "text/csv; charset=UTF-8";
    static final String HEADER = "month,street,streetName,indicator,numerator,denominator,rate,note";

    @Reference
    private StreetIndicatorService indicators;
    @Reference
    private StreetDirectory streets;

    @Context
    private SecurityContext security;
    @Context
    private HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.ADVISOR, Roles.AUDITOR})
    public Response report(@QueryParam("month") String month, @QueryParam("street") String street,
            @QueryParam("format") String format) {
        YearMonth m = RequestValues.month("month", month);
        Checks.knownStreet(streets, street);
        boolean csv = csv(format);
        Caller caller = CallerPrincipal.of(security);
        StreetIndicatorReport report = indicators.report(m, CallerViews.streetFilter(caller, street));
        if (!csv) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(csv(report), CSV).header("Content-Disposition", "attachment; filename=\"street-indicators-"
                + m + ".csv\"").build();
    }

    /** CSV when asked by {@code format}, else when the client prefers CSV to JSON. */
    private boolean csv(String format) {
        if (format != null) {
            switch (format.strip()) {
                case "csv":
                    return true;
                case "json":
                    return false;
                default:
                    throw new ValidationException("format", "oneOf", "must be json or csv");
            }
        }
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (t.isCompatible(MediaType.valueOf("text/csv"))) {
                return true;
            }
        }
        return false;
    }

    static String csv(StreetIndicatorReport r) {
        List<StreetIndicatorRow> rows = new ArrayList<>(r.streets());
        if (r.district() != null) {
            rows.add(r.district());
        }
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (StreetIndicatorRow row : rows) {
            line(out, r.month(), row, "deadlineCompliance", row.deadlineCompliance());
            line(out, r.month(), row, "warningsClosedOnTime", row.warningsClosedOnTime());
            line(out, r.month(), row, "visitCoverage", row.visitCoverage());
            line(out, r.month(), row, "reconciliationErrors", row.reconciliationErrors());
            line(out, r.month(), row, "fileCheckFindingsCorrected", row.fileCheckFindingsCorrected());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String month, StreetIndicatorRow row, String name, StreetIndicator i) {
        out.append(String.join(",", month, CsvCells.export(row.street()), CsvCells.export(row.streetName()), name,
                i.numerator() == null ? "" : i.numerator().toString(),
                i.denominator() == null ? "" : i.denominator().toString(),
                i.rate() == null ? "" : i.rate().toPlainString(), CsvCells.export(i.note()))).append("\r\n");
    }
}
