package org.doudi.program.temporaryrelief.internal;

import java.util.List;

/**
 * A household's help plan (一户一策) as written: the whole plan, on creation and on every change.
 *
 * @param goal    what the plan is to achieve for the household
 * @param actions the actions, at least one
 */
public record PlanRequest(String goal, List<PlanAction> actions) {
}
