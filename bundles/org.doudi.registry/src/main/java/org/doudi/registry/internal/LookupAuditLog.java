package org.doudi.registry.internal;

import java.util.regex.Pattern;
import org.apache.aries.jpa.template.JpaTemplate;
import org.doudi.api.DoudiClock;
import org.doudi.api.audit.LookupAudit;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lookups by ID number that found no household, in the audit trail under the number's SHA-256 (the entity type the
 * dishonesty check uses for the numbers it is asked about), never the number itself.
 */
@Component(service = LookupAudit.class)
public class LookupAuditLog implements LookupAudit {
    static final String ACTION = "HOUSEHOLD_LOOKUP";
    /** The audit entity of a lookup: the SHA-256 of the ID number asked about, as for dishonesty checks. */
    static final String ENTITY = "id-number-sha256";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Reference(target = "(osgi.unit.name=doudi-registry)")
    private JpaTemplate jpa;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    @Override
    public void recordLookup(String actor, String purpose, String idNumberDigest) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a lookup is audited with its actor");
        }
        if (idNumberDigest == null || !SHA256_HEX.matcher(idNumberDigest).matches()) {
            throw new IllegalArgumentException("a lookup is audited under the SHA-256 of the ID number (64 lower-case"
                    + " hex characters), never the number itself");
        }
        Tx.run(jpa, em -> AuditLog.append(em, clock.now(), actor, ACTION, ENTITY, idNumberDigest, null,
                purpose == null || purpose.isBlank() ? "lookup by ID number, no household found" : purpose, null));
    }
}
