package org.doudi.program.temporaryrelief.internal;

import org.doudi.api.DoudiException;

/**
 * Reads the version a client based its change on from {@code If-Match} ({@code "3"}, {@code W/"3"} or {@code 3}),
 * as the core's resources do.
 */
final class IfMatch {
    private IfMatch() {
    }

    /** The version named, or null when the header is absent (a creation). */
    static Long versionOrNull(String header, String what) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DoudiException(412, "stale-version", "If-Match does not name a version of " + what
                    + "; send the ETag from your last read");
        }
    }
}
