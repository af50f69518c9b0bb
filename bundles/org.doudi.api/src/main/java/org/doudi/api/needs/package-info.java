/**
 * Needs assessment (困难画像, SPEC §7) and visits (走访, SPEC §8): a hardship profile per household graded over six
 * dimensions with a score and an overall hardship level, and the visit cycles that level sets (monthly, quarterly,
 * half-yearly by default), the visits recorded and the households whose next visit is overdue.
 */
package org.doudi.api.needs;
