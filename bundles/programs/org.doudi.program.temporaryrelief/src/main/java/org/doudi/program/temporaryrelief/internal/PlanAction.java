package org.doudi.program.temporaryrelief.internal;

import java.time.LocalDate;

/**
 * One action of a help plan, e.g. {@code {"action":"apply for medical relief","owner":"street operator 李","due":
 * "2024-10-15"}}.
 *
 * @param action  what is to be done
 * @param owner   who does it (a person or a department)
 * @param due     by when
 * @param outcome what came of it, when done
 * @param doneOn  the day it was done, or null while open
 */
public record PlanAction(String action, String owner, LocalDate due, String outcome, LocalDate doneOn) {
}
