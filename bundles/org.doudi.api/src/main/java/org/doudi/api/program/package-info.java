/**
 * The assistance-program SPI (SPEC §2): what a program bundle implements and registers so that the core
 * lists it, evaluates households with it and publishes its endpoints under {@code /api/programs/<id>/}.
 *
 * <p>A program is one DS component registering {@link org.doudi.api.program.AssistanceProgram} with the
 * service property {@value org.doudi.api.program.AssistanceProgram#ID_PROPERTY}{@code =<id>}. It is shaped
 * after the pluggable parts of open social-protection platforms (SPEC §13), kept small: eligibility (a
 * {@link org.doudi.api.program.RuleOutcome} per rule), entitlement (a {@link org.doudi.api.program.Benefit}
 * with its breakdown), compliance (the {@link org.doudi.api.program.EvidenceRequirement evidence} it needs
 * and its review interval) and effective-dated {@link org.doudi.api.program.ProgramParameters parameters}.
 */
package org.doudi.api.program;
