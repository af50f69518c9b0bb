package org.doudi.rest.internal.resources;

import java.time.LocalDate;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.doudi.api.Page;
import org.doudi.api.audit.AuditEvent;
import org.doudi.api.audit.AuditQuery;
import org.doudi.api.audit.AuditTrail;
import org.doudi.api.audit.AuditVerification;
import org.doudi.api.rest.RestResource;
import org.doudi.api.security.Roles;
import org.doudi.rest.internal.RequestValues;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/audit}: the audit trail for auditors, and the verification of its hash chain. */
@Component(service = RestResource.class, property = "osgi.jaxrs.resource=true")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource implements RestResource {
    static final int MAX_PAGE_SIZE = 200;

    @Reference
    private AuditTrail trail;

    @GET
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.AUDITOR})
    public Page<AuditEvent> find(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        LocalDate f = from == null ? null : RequestValues.date("from", from);
        LocalDate t = to == null ? null : RequestValues.date("to", to);
        return trail.find(new AuditQuery(bounded("actor", actor), bounded("action", action),
                bounded("entityType", entityType), bounded("entityId", entityId), f, t,
                RequestValues.integer("page", page, 0, 1_000_000),
                RequestValues.integer("size", size, 1, MAX_PAGE_SIZE)));
    }

    @GET
    @Path("verification")
    @RolesAllowed({Roles.DISTRICT_ADMIN, Roles.AUDITOR})
    public AuditVerification verify() {
        return trail.verify();
    }

    private static String bounded(String field, String value) {
        if (value != null && (value.isBlank() || value.length() > 100)) {
            throw new org.doudi.api.ValidationException(field, "length", "must be 1 to 100 characters");
        }
        return value;
    }
}
