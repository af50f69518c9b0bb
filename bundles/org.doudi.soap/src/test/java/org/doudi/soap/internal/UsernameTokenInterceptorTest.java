package org.doudi.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.headers.Header;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.MessageImpl;
import org.doudi.api.security.Authenticator;
import org.doudi.api.security.Caller;
import org.junit.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

public class UsernameTokenInterceptorTest {
    private static final Caller PARTNER = new Caller("hr-bureau", Set.of("partner"), null);

    private final Authenticator realm = new Authenticator() {
        @Override
        public Optional<Caller> authenticate(String user, String password) {
            return "hr-bureau".equals(user) && "Right-pass-1".equals(password) ? Optional.of(PARTNER) : Optional.empty();
        }

        @Override
        public long lockedOutSeconds(String user) {
            return "locked".equals(user) ? 42 : 0;
        }
    };
    private final UsernameTokenInterceptor interceptor = new UsernameTokenInterceptor(realm);

    @Test
    public void validPasswordTextPutsTheCallerIntoTheExchange() throws Exception {
        SoapMessage m = message(security("hr-bureau", "Right-pass-1", UsernameToken.PASSWORD_TEXT));
        interceptor.handleMessage(m);
        assertSame(PARTNER, m.getExchange().get(Caller.class));
    }

    @Test
    public void passwordWithoutTypeIsText() throws Exception {
        SoapMessage m = message(security("hr-bureau", "Right-pass-1", null));
        interceptor.handleMessage(m);
        assertSame(PARTNER, m.getExchange().get(Caller.class));
    }

    @Test
    public void missingHeaderIsAuthenticationRequired() {
        assertClientFault(new SoapMessage(new MessageImpl()), "authentication required");
    }

    @Test
    public void wrongPasswordAndUnknownUserAnswerTheSame() throws Exception {
        String wrongPassword = clientFault(message(security("hr-bureau", "wrong", UsernameToken.PASSWORD_TEXT)));
        String unknownUser = clientFault(message(security("nobody", "Right-pass-1", UsernameToken.PASSWORD_TEXT)));
        assertEquals("invalid credentials", wrongPassword);
        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    public void passwordDigestIsRefusedClearly() throws Exception {
        assertTrue(clientFault(message(security("hr-bureau", "abc=", UsernameToken.PASSWORD_DIGEST)))
                .contains("PasswordDigest is not supported"));
    }

    @Test
    public void lockedOutUserIsToldWhenToRetry() throws Exception {
        assertTrue(clientFault(message(security("locked", "x", UsernameToken.PASSWORD_TEXT))).contains("42 s"));
    }

    @Test
    public void tokenWithoutPasswordIsRefused() throws Exception {
        Element sec = element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\"><wsse:UsernameToken>"
                + "<wsse:Username>hr-bureau</wsse:Username></wsse:UsernameToken></wsse:Security>");
        assertTrue(clientFault(message(sec)).startsWith("authentication required"));
    }

    @Test
    public void severalSecurityHeadersAreRefused() throws Exception {
        SoapMessage m = message(security("hr-bureau", "Right-pass-1", UsernameToken.PASSWORD_TEXT));
        m.getHeaders().add(new Header(UsernameTokenInterceptor.SECURITY, security("other", "x", null)));
        assertTrue(clientFault(m).startsWith("ambiguous security"));
        assertNull(m.getExchange().get(Caller.class));
    }

    @Test
    public void severalTokensAreRefused() throws Exception {
        String token = "<wsse:UsernameToken><wsse:Username>hr-bureau</wsse:Username><wsse:Password>Right-pass-1"
                + "</wsse:Password></wsse:UsernameToken>";
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\">" + token
                + token + "</wsse:Security>"))).startsWith("ambiguous security"));
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\">"
                + "<wsse:UsernameToken><wsse:Username>hr-bureau</wsse:Username><wsse:Username>other</wsse:Username>"
                + "<wsse:Password>Right-pass-1</wsse:Password></wsse:UsernameToken></wsse:Security>")))
                .startsWith("ambiguous security"));
    }

    @Test
    public void aSecurityHeaderForAnActorOrRoleIsRefused() throws Exception {
        String token = "<wsse:UsernameToken><wsse:Username>hr-bureau</wsse:Username><wsse:Password>Right-pass-1"
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>";
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\""
                + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" soap:actor=\"urn:elsewhere\">" + token)))
                .startsWith("ambiguous security"));
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\""
                + " xmlns:env=\"http://www.w3.org/2003/05/soap-envelope\" env:role=\"urn:elsewhere\">" + token)))
                .startsWith("ambiguous security"));
        SoapMessage soap = new SoapMessage(new MessageImpl());
        soap.setExchange(new ExchangeImpl());
        SoapHeader header = new SoapHeader(UsernameTokenInterceptor.SECURITY,
                security("hr-bureau", "Right-pass-1", null));
        header.setActor("urn:elsewhere");
        soap.getHeaders().add(header);
        assertTrue(clientFault(soap).startsWith("ambiguous security"));
    }

    @Test
    public void markupInsideUsernameOrPasswordIsRefused() throws Exception {
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\">"
                + "<wsse:UsernameToken><wsse:Username>hr-<x>bureau</x></wsse:Username><wsse:Password>Right-pass-1"
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>"))).startsWith("ambiguous security"));
        assertTrue(clientFault(message(element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\">"
                + "<wsse:UsernameToken><wsse:Username>hr-bureau</wsse:Username><wsse:Password>Right-<b>pass</b>-1"
                + "</wsse:Password></wsse:UsernameToken></wsse:Security>"))).startsWith("ambiguous security"));
    }

    @Test
    public void declaresTheSecurityHeaderUnderstood() {
        assertTrue(interceptor.getUnderstoodHeaders().contains(UsernameTokenInterceptor.SECURITY));
    }

    private void assertClientFault(SoapMessage m, String text) {
        assertTrue(clientFault(m).startsWith(text));
    }

    private String clientFault(SoapMessage m) {
        try {
            interceptor.handleMessage(m);
        } catch (SoapFault f) {
            assertEquals(Soap11.getInstance().getSender(), SoapFault.createFault(f, Soap11.getInstance()).getFaultCode());
            return f.getMessage();
        }
        fail("no fault");
        return null;
    }

    static SoapMessage message(Element security) {
        SoapMessage m = new SoapMessage(new MessageImpl());
        m.setExchange(new ExchangeImpl());
        m.getHeaders().add(new Header(UsernameTokenInterceptor.SECURITY, security));
        return m;
    }

    static Element security(String user, String password, String type) throws Exception {
        return element("<wsse:Security xmlns:wsse=\"" + UsernameToken.WSSE + "\"><wsse:UsernameToken>"
                + "<wsse:Username>" + user + "</wsse:Username><wsse:Password"
                + (type == null ? "" : " Type=\"" + type + "\"") + ">" + password + "</wsse:Password>"
                + "</wsse:UsernameToken></wsse:Security>");
    }

    static Element element(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }
}
