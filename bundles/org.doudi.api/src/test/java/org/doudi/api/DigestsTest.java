package org.doudi.api;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class DigestsTest {
    @Test
    public void sha256OfKnownInputs() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Digests.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256("abc"));
        assertEquals(Digests.sha256("兜底"), Digests.sha256("兜底".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
