package org.doudi.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.doudi.api.audit.AuditTrail;
import org.doudi.api.audit.AuditVerification;

/** Walks the audit hash chain and reports the first entry that was changed or removed. */
@Service
@Command(scope = "doudi", name = "audit-verify", description = "Verify the audit trail's hash chain: INTACT, "
        + "or the first broken entry and why")
public class AuditVerifyCommand implements Action {

    @Reference
    AuditTrail trail;

    @Reference
    Session session;

    @Override
    public Object execute() {
        AuditVerification v = trail.verify();
        session.getConsole().println((v.intact() ? "INTACT: " : "BROKEN at entry " + v.firstBroken() + ": ") + v.message());
        return null;
    }
}
