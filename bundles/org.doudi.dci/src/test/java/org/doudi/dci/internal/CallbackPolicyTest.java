package org.doudi.dci.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class CallbackPolicyTest {
    private static final String CONFIG = " hr-bureau:https://hr.example.gov.cn|https://HR2.example:8443/ ,"
            + "bank-a:https://api.bank-a.cn, broken:ftp://x.example, :https://nobody.example";
    private static final CallbackPolicy POLICY = new CallbackPolicy(CallbackPolicy.parseOrigins(CONFIG), false,
            true);

    @Test
    public void originsAreReadPerAccountFromOneString() {
        Map<String, Set<String>> origins = CallbackPolicy.parseOrigins(CONFIG);
        assertEquals(Set.of("https://hr.example.gov.cn:443", "https://hr2.example:8443"), origins.get("hr-bureau"));
        assertEquals(Set.of("https://api.bank-a.cn:443"), origins.get("bank-a"));
        assertFalse("an origin that is not http(s) is left out", origins.containsKey("broken"));
        assertEquals(2, origins.size());
        assertTrue(CallbackPolicy.parseOrigins("").isEmpty());
    }

    @Test
    public void aCallbackGoesOnlyToAnOriginOfTheCallersAccount() {
        assertEquals("https://hr.example.gov.cn/dci/on-search", POLICY.check("https://hr.example.gov.cn/dci/on-search",
                "hr-bureau", "header.sender_uri"));
        POLICY.check("https://hr.example.gov.cn:443/x", "hr-bureau", "header.sender_uri");
        POLICY.check("https://hr2.example:8443/notify", "hr-bureau", "header.meta.notify_uri");
        refused("https://api.bank-a.cn/x", "hr-bureau", "not registered for account hr-bureau");
        refused("https://hr2.example/notify", "hr-bureau", "not registered");
        refused("https://hr.example.gov.cn/x", "someone-else", "has no callback origins");
        refused("http://hr.example.gov.cn/x", "hr-bureau", "must use https");
        refused("https://user:pw@hr.example.gov.cn/x", "hr-bureau", "user info");
        refused("file:///etc/passwd", "hr-bureau", "http or https");
        refused("https://hr.example.gov.cn/a b", "hr-bureau", "not a URI");
        refused(null, "hr-bureau", "required");
        assertFalse("nothing is allowed without configuration", allowed(CallbackPolicy.NONE,
                "https://hr.example.gov.cn/x", "hr-bureau"));
    }

    @Test
    public void localAndPrivateHostsAreRefusedUnlessAllowed() {
        for (String host : new String[] {"127.0.0.1", "localhost", "a.localhost", "10.1.2.3", "172.16.0.1",
            "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "[::1]", "[fe80::1]",
            "[fd00::1]", "[::ffff:127.0.0.1]", "2130706433", "0x7f.1", "127.1"}) {
            CallbackPolicy p = new CallbackPolicy(Map.of("t", Set.of("https://" + host.toLowerCase() + ":443")),
                    false, true);
            assertFalse(host, allowed(p, "https://" + host + "/cb", "t"));
            CallbackPolicy open = new CallbackPolicy(Map.of("t", Set.of("https://" + host.toLowerCase() + ":443")),
                    true, true);
            if (!host.equals("2130706433") && !host.equals("0x7f.1") && !host.equals("127.1")) {
                assertTrue(host, allowed(open, "https://" + host + "/cb", "t"));
            }
        }
        assertFalse(CallbackPolicy.isPrivateHost("8.8.8.8"));
        assertFalse(CallbackPolicy.isPrivateHost("api.bank-a.cn"));
        assertFalse(CallbackPolicy.isPrivateHost("[2001:db8::1]".replace("2001:db8", "2606:4700")));
        CallbackPolicy test = new CallbackPolicy(Map.of("admin", Set.of("http://127.0.0.1:8999")), true, false);
        assertTrue("the integration test's set-up", allowed(test, "http://127.0.0.1:8999/partner/on-search",
                "admin"));
    }

    private static boolean allowed(CallbackPolicy p, String uri, String account) {
        try {
            p.check(uri, account, "header.sender_uri");
            return true;
        } catch (DciRejection r) {
            assertEquals("err.sender_uri.invalid", r.errorCode);
            return false;
        }
    }

    private static void refused(String uri, String account, String why) {
        try {
            POLICY.check(uri, account, "header.sender_uri");
            fail("accepted " + uri);
        } catch (DciRejection r) {
            assertEquals("err.sender_uri.invalid", r.errorCode);
            assertTrue(r.getMessage(), r.getMessage().contains(why));
        }
    }
}
