package org.doudi.api;

import java.util.List;
import java.util.Optional;

/**
 * The district's streets and towns, from configuration ({@code etc/org.doudi.registry.streets.cfg});
 * Changning's ten by default.
 */
public interface StreetDirectory {

    /** All streets in their configured order. */
    List<Street> streets();

    /** The street with this id, if the district has it. */
    Optional<Street> find(String id);
}
