/**
 * Casework (SPEC §3): applications for a program moving from acceptance to a decision within a legal deadline
 * in working days, the decisions with the program's reasons, the enrolments an approval creates, and the
 * monthly payment roll of the active enrolments.
 */
package org.doudi.api.casework;
