package org.doudi.shell.internal;

import org.apache.karaf.shell.api.console.Session;

/** The console user behind a session, for the audit trail. */
final class Actors {
    private Actors() {
    }

    static String of(Session session) {
        Object user = session.get("USER");
        return user == null ? "console" : "console:" + user;
    }
}
