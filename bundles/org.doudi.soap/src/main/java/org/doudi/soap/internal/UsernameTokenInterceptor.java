package org.doudi.soap.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.w3c.dom.Element;

/**
 * Authenticates every SOAP request by the UsernameToken of its WS-Security header against the server's realm (the
 * same {@link Authenticator} as the REST API, with its lockout), before the body is read. The caller goes into the
 * exchange for {@link OperationRoles} and the service. It declares {@code wsse:Security} understood, so a header
 * sent with {@code mustUnderstand="1"} passes CXF's check. A missing or unusable header and wrong credentials
 * answer a Client fault that never says which part was wrong. An ambiguous header is refused rather than read in part:
 * several {@code wsse:Security} headers, one addressed to an actor or role (it may be meant for another node), several
 * tokens, or markup inside the user name or password.
 */
final class UsernameTokenInterceptor extends AbstractSoapInterceptor {
    static final QName SECURITY = new QName(UsernameToken.WSSE, "Security");

    private final Authenticator authenticator;

    UsernameTokenInterceptor(Authenticator authenticator) {
        super(Phase.PRE_PROTOCOL);
        this.authenticator = authenticator;
    }

    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        List<Header> headers = message.getHeaders().stream().filter(h -> SECURITY.equals(h.getName())).toList();
        if (headers.size() > 1) {
            throw clientFault("ambiguous security: send exactly one wsse:Security header");
        }
        Header header = headers.isEmpty() ? null : headers.get(0);
        if (header == null || !(header.getObject() instanceof Element security)) {
            throw clientFault("authentication required: send a wsse:Security header with a wsse:UsernameToken");
        }
        if (header instanceof SoapHeader soap && soap.getActor() != null && !soap.getActor().isEmpty()) {
            throw clientFault("ambiguous security: the wsse:Security header must not name an actor or role");
        }
        UsernameToken token;
        try {
            token = UsernameToken.from(security);
        } catch (UsernameToken.Unusable e) {
            throw clientFault(e.getMessage());
        }
        long locked = authenticator.lockedOutSeconds(token.user());
        if (locked > 0) {
            throw clientFault("too many failed logins for this user: try again in " + locked + " s");
        }
        Optional<Caller> caller = authenticator.authenticate(token.user(), token.password());
        if (caller.isEmpty()) {
            throw clientFault("invalid credentials");
        }
        message.getExchange().put(Caller.class, caller.get());
    }

    static SoapFault clientFault(String text) {
        return new SoapFault(text, Fault.FAULT_CODE_CLIENT);
    }
}
