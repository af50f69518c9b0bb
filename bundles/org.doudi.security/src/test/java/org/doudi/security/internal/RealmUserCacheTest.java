package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.doudi.api.security.Caller;
import org.doudi.api.security.Roles;
import org.junit.Test;

public class RealmUserCacheTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Map<String, Caller> store = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private Runnable duringRead;

    private Optional<Caller> read(String user) {
        reads.incrementAndGet();
        Optional<Caller> found = Optional.ofNullable(store.get(user));
        Runnable race = duringRead;
        duringRead = null;
        if (race != null) {
            race.run();
        }
        return found;
    }

    @Test
    public void aUserIsReadOnceForItsTimeThenAgain() {
        RealmUserCache cache = new RealmUserCache(this::read, now::get, 5_000);
        Caller partner = new Caller("hr-bureau", Set.of(Roles.PARTNER), null);
        store.put("hr-bureau", partner);
        assertEquals(Optional.of(partner), cache.apply("hr-bureau"));
        store.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.OPERATOR), null));
        now.addAndGet(4_999);
        assertEquals(Optional.of(partner), cache.apply("hr-bureau"));
        assertEquals(1, reads.get());
        now.addAndGet(1);
        assertEquals(Set.of(Roles.OPERATOR), cache.apply("hr-bureau").orElseThrow().roles());
        assertEquals(2, reads.get());
        assertEquals("a missing user is cached too", Optional.empty(), cache.apply("nobody"));
        cache.apply("nobody");
        assertEquals(3, reads.get());
    }

    @Test
    public void anEvictionTakesEffectAtOnce() {
        RealmUserCache cache = new RealmUserCache(this::read, now::get, 5_000);
        store.put("hr-bureau", new Caller("hr-bureau", Set.of(Roles.PARTNER), null));
        cache.apply("hr-bureau");
        store.remove("hr-bureau");
        cache.evict("hr-bureau");
        assertEquals(Optional.empty(), cache.apply("hr-bureau"));
    }

    @Test
    public void aReadUnderWayWhenTheUserIsEvictedIsNotKept() {
        RealmUserCache cache = new RealmUserCache(this::read, now::get, 5_000);
        Caller partner = new Caller("hr-bureau", Set.of(Roles.PARTNER), null);
        store.put("hr-bureau", partner);
        duringRead = () -> {
            store.remove("hr-bureau");
            cache.evict("hr-bureau");
        };
        assertEquals("what was read is answered", Optional.of(partner), cache.apply("hr-bureau"));
        assertEquals("but not kept", Optional.empty(), cache.apply("hr-bureau"));
        assertEquals(2, reads.get());
    }
}
