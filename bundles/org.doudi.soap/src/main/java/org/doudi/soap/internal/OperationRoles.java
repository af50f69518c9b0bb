package org.doudi.soap.internal;

import java.util.Map;
import java.util.Set;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;

/**
 * Who may call which operation, checked once the operation is known and before it runs. An operation without a rule
 * is refused, so a new operation cannot go out unprotected.
 */
final class OperationRoles extends AbstractPhaseInterceptor<Message> {
    /** Operation (its WSDL name) to the roles that may call it. */
    static final Map<String, Set<String>> RULES = Map.of(
            "GetAssistanceStatus", Set.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.PARTNER),
            "SubmitFeedRecords", Set.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.PARTNER),
            "SubmitReferral", Set.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR, Roles.PARTNER),
            "GetReferralStatus", Set.of(Roles.DISTRICT_ADMIN, Roles.DISTRICT_STAFF, Roles.STREET_OPERATOR,
                    Roles.PARTNER));

    OperationRoles() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
        Caller caller = message.getExchange().get(Caller.class);
        if (operation == null || caller == null || !allowed(operation.getName().getLocalPart(), caller)) {
            throw UsernameTokenInterceptor.clientFault("forbidden: your role may not call this operation");
        }
    }

    /** True if {@code caller} holds a role that may call {@code operation}. */
    static boolean allowed(String operation, Caller caller) {
        return caller.hasAnyRole(RULES.getOrDefault(operation, Set.of()));
    }
}
