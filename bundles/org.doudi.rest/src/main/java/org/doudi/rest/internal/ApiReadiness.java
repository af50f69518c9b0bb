package org.doudi.rest.internal;

import java.util.Set;

/** Whether the API is complete: every core resource the server must offer is published. */
public interface ApiReadiness {

    /** The required root paths not published yet (empty once ready). */
    Set<String> missing();
}
