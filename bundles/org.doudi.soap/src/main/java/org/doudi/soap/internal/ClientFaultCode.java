package org.doudi.soap.internal;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.doudi.soap.internal.contract.PartnerFault;

/**
 * Marks a {@code PartnerFault} the caller can fix (bad input, unknown record, conflict, forbidden: status below 500)
 * as a Client fault; CXF makes every declared fault a Server fault otherwise. Runs after CXF has built the fault and
 * before it is written.
 */
final class ClientFaultCode extends AbstractPhaseInterceptor<Message> {

    ClientFaultCode() {
        super(Phase.WRITE);
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && fault.getCause() instanceof PartnerFault pf
                && pf.getFaultInfo() != null && pf.getFaultInfo().getStatus() < 500) {
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
        }
    }
}
