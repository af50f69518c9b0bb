package org.doudi.soap.internal;

import java.util.UUID;
import org.doudi.api.DoudiException;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.soap.internal.contract.PartnerFault;
import org.doudi.soap.internal.contract.PartnerFaultDetail;
import org.doudi.soap.internal.contract.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the services throw into the contract's {@code PartnerFault}: the same type, status and message as the
 * REST API's problem answer, and for bad input every violated field and rule. Anything unexpected becomes an
 * {@code internal} fault with a reference to the server log, never a stack trace.
 */
final class Faults {
    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);
    /** How many violations a fault lists at most. */
    static final int MAX_VIOLATIONS = 100;

    private Faults() {
    }

    /** The fault for a refused request. */
    static PartnerFault of(DoudiException e) {
        PartnerFaultDetail detail = new PartnerFaultDetail();
        detail.setType(e.type());
        detail.setStatus(e.status());
        if (e instanceof ValidationException v) {
            v.violations().stream().limit(MAX_VIOLATIONS).map(Faults::violation).forEach(detail.getViolation()::add);
        }
        return new PartnerFault(e.getMessage(), detail);
    }

    /** The fault for a failure of the server: logged here with a reference the caller can quote. */
    static PartnerFault internal(String operation, RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("SOAP {} failed (reference {})", operation, reference, e);
        PartnerFaultDetail detail = new PartnerFaultDetail();
        detail.setType("internal");
        detail.setStatus(500);
        return new PartnerFault("internal error; quote reference " + reference + " to the server's operators", detail);
    }

    private static Violation violation(FieldViolation f) {
        Violation v = new Violation();
        v.setField(f.field());
        v.setRule(f.rule());
        v.setMessage(f.message());
        return v;
    }
}
