package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.Test;

public class CallbackGuardTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    public void refusesTheServersOwnNetworks() throws Exception {
        for (String a : new String[] {"127.0.0.1", "127.5.5.5", "::1", "169.254.169.254", "fe80::1", "10.1.2.3",
                "172.16.0.1", "172.31.255.255", "192.168.1.1", "fc00::1", "fd12:3456::1", "224.0.0.1", "ff02::1",
                "0.0.0.0", "::", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "0.1.2.3"}) {
            assertTrue(a, CallbackGuard.forbidden(ip(a)) != null);
        }
        for (String a : new String[] {"8.8.8.8", "172.32.0.1", "2001:4860:4860::8888", "100.1.2.3"}) {
            assertNull(a, CallbackGuard.forbidden(ip(a)));
        }
    }

    @Test
    public void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() throws Exception {
        CallbackGuard guard = new CallbackGuard(false, host -> new InetAddress[] {ip("93.184.216.34"),
            ip("10.0.0.5")});
        try {
            guard.check(URI.create("https://partner.example/cb"));
            fail("refused");
        } catch (CallbackGuard.Refused e) {
            assertTrue(e.getMessage(), e.getMessage().contains("10.0.0.5"));
        }
        CallbackGuard publicOnly = new CallbackGuard(false, host -> new InetAddress[] {ip("93.184.216.34")});
        assertEquals(1, publicOnly.check(URI.create("https://partner.example/cb")).length);
    }

    @Test
    public void privateAddressesPassWhenAllowedButOtherSchemesAndUnknownHostsNever() throws Exception {
        CallbackGuard open = new CallbackGuard(true, host -> new InetAddress[] {ip("127.0.0.1")});
        assertEquals(1, open.check(URI.create("http://localhost:8080/cb")).length);
        for (String uri : new String[] {"file:///etc/passwd", "ftp://partner.example/x", "gopher://x/"}) {
            try {
                open.check(URI.create(uri));
                fail(uri);
            } catch (CallbackGuard.Refused expected) {
                assertTrue(expected.getMessage().contains("http"));
            }
        }
        CallbackGuard unresolved = new CallbackGuard(true, host -> {
            throw new UnknownHostException(host);
        });
        try {
            unresolved.check(URI.create("https://nowhere.invalid/"));
            fail("unknown host");
        } catch (CallbackGuard.Refused expected) {
            assertTrue(expected.getMessage().contains("does not resolve"));
        }
    }
}
