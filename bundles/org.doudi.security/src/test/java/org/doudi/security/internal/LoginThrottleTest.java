package org.doudi.security.internal;

import static org.junit.Assert.assertEquals;

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
}
