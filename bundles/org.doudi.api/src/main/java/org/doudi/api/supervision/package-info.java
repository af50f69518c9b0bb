/**
 * Supervision, integrity and credit (SPEC §9, seed §4): fund reconciliation, monthly file checks, dishonesty
 * records, close-relative registration, card/passbook custody, street performance indicators.
 */
package org.doudi.api.supervision;
