package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.doudi.api.security.Caller;
import org.junit.Test;

public class CredentialCacheTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Caller admin = new Caller("admin", Set.of("district-admin"), null);

    @Test
    public void aVerifiedCredentialIsTrustedUntilItExpires() {
        CredentialCache cache = new CredentialCache(60_000, 100, now::get);
        cache.put("admin", "secret", admin);
        assertEquals(admin, cache.get("admin", "secret").orElseThrow());
        now.addAndGet(59_999);
        assertTrue(cache.get("admin", "secret").isPresent());
        now.addAndGet(1);
        assertFalse(cache.get("admin", "secret").isPresent());
    }

    @Test
    public void anotherPasswordOrUserIsNotAHit() {
        CredentialCache cache = new CredentialCache(60_000, 100, now::get);
        cache.put("admin", "secret", admin);
        assertFalse(cache.get("admin", "Secret").isPresent());
        assertFalse(cache.get("admin2", "secret").isPresent());
        assertFalse(cache.get("adminsecret", "").isPresent());
    }

    @Test
    public void zeroSecondsMeansNoCaching() {
        CredentialCache cache = new CredentialCache(0, 100, now::get);
        cache.put("admin", "secret", admin);
        assertFalse(cache.get("admin", "secret").isPresent());
    }

    @Test
    public void aFullCacheStartsOver() {
        CredentialCache cache = new CredentialCache(60_000, 2, now::get);
        cache.put("a", "1", admin);
        cache.put("b", "2", admin);
        cache.put("c", "3", admin);
        assertFalse(cache.get("a", "1").isPresent());
        assertTrue(cache.get("c", "3").isPresent());
    }

    @Test
    public void evictionForgetsOneUserOnly() {
        CredentialCache cache = new CredentialCache(60_000, 100, now::get);
        cache.put("admin", "secret", admin);
        Caller alice = new Caller("alice", Set.of("street-operator"), "tianshanlu");
        cache.put("alice", "pw", alice);
        cache.evict("admin");
        assertFalse(cache.get("admin", "secret").isPresent());
        assertTrue(cache.get("alice", "pw").isPresent());
    }
}
