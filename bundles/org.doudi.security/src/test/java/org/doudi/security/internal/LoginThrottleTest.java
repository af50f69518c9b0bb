package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;

public class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong(5_000_000);

    @Test
    public void locksOutAfterTheFifthFailureForTheConfiguredTime() {
        LoginThrottle t = new LoginThrottle(5, 300_000, now::get);
        for (int i = 0; i < 4; i++) {
            t.failed("admin");
        }
        assertEquals(0, t.lockedOutSeconds("admin"));
        t.failed("admin");
        assertEquals(300, t.lockedOutSeconds("admin"));
        assertEquals(0, t.lockedOutSeconds("other"));
        now.addAndGet(299_001);
        assertEquals(1, t.lockedOutSeconds("admin"));
        now.addAndGet(999);
        assertEquals(0, t.lockedOutSeconds("admin"));
        t.failed("admin");
        assertEquals("a new round starts after the lockout", 0, t.lockedOutSeconds("admin"));
    }

    @Test
    public void aSuccessResetsTheCount() {
        LoginThrottle t = new LoginThrottle(3, 60_000, now::get);
        t.failed("a");
        t.failed("a");
        t.succeeded("a");
        t.failed("a");
        t.failed("a");
        assertEquals(0, t.lockedOutSeconds("a"));
        t.failed("a");
        assertEquals(60, t.lockedOutSeconds("a"));
    }

    @Test
    public void aFullTableForgetsTheOldestNamesButNeverALockout() {
        LoginThrottle t = new LoginThrottle(3, 60_000, now::get, 100);
        for (int i = 0; i < 3; i++) {
            t.failed("admin");
        }
        assertEquals(60, t.lockedOutSeconds("admin"));
        t.failed("oldest");
        t.failed("oldest");
        for (int i = 0; i < 1_000; i++) {
            now.incrementAndGet();
            t.failed("spray-" + i);
            assertTrue("bounded: " + t.size(), t.size() <= 100);
        }
        assertTrue("still locked out", t.lockedOutSeconds("admin") > 0);
        t.failed("oldest");
        assertEquals("the oldest count was forgotten", 0, t.lockedOutSeconds("oldest"));
        t.failed("spray-999");
        t.failed("spray-999");
        assertEquals("recent counts are kept", 60, t.lockedOutSeconds("spray-999"));
    }

    @Test
    public void lockoutsSurviveEvenWhenTheyFillTheTable() {
        LoginThrottle t = new LoginThrottle(1, 60_000, now::get, 10);
        for (int i = 0; i < 10; i++) {
            t.failed("locked-" + i);
        }
        t.failed("one-more");
        for (int i = 0; i < 10; i++) {
            assertEquals(60, t.lockedOutSeconds("locked-" + i));
        }
        assertEquals(60, t.lockedOutSeconds("one-more"));
        now.addAndGet(60_000);
        t.failed("after");
        assertEquals("ended lockouts make room", 1, t.size());
    }
}
