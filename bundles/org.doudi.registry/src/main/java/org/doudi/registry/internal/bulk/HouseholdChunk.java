package org.doudi.registry.internal.bulk;

import java.util.List;
import org.doudi.api.registry.Household;

/**
 * A run of consecutive households (in id order) read in one go: every household with {@code after < id <= last}
 * (of the street read, when one was named), complete with members, facts and live enrolments.
 *
 * @param after      the id the chunk starts after ({@code ""} for the first chunk)
 * @param last       the id of its last household
 * @param households the households, in id order
 */
public record HouseholdChunk(String after, String last, List<Household> households) {

    public HouseholdChunk {
        households = List.copyOf(households);
    }
}
