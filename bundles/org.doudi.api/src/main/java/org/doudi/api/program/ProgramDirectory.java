package org.doudi.api.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The programs installed right now (whiteboard of {@link AssistanceProgram} services), for the REST layer, the
 * console and the health check. A program that is uninstalled simply disappears from here; its data stays.
 */
public interface ProgramDirectory {

    /** The installed programs, ordered by id. */
    List<AssistanceProgram> installed();

    /** The installed program with this id. */
    Optional<AssistanceProgram> find(String programId);

    /**
     * Evaluates the stored household with the program as of {@code asOf} (no street scoping: callers that act
     * for a street-level user check the household's street first).
     *
     * @throws org.doudi.api.DoudiException 404 for an unknown program or household
     */
    ProgramDecision evaluate(String programId, String householdId, LocalDate asOf);

    /**
     * What operators must know about the programs today: standards in force for more than 12 months, and
     * misconfigured programs. Empty when all is well.
     */
    List<String> warnings();
}
