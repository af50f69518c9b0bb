package org.doudi.registry.internal.screening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doudi.api.StreetDirectory;
import org.doudi.api.ValidationException;
import org.doudi.api.monitoring.ScreeningRequest;
import org.doudi.api.program.AssistanceProgram;
import org.doudi.api.program.ParameterSeries;
import org.doudi.api.program.ProgramDirectory;

/**
 * What a screening is asked to do, checked: an installed, usable program; a day on which its standards are in
 * force; a known street or the whole district. Kept as the job's parameters.
 *
 * @param programId the program screened for
 * @param asOf      the day evaluated on
 * @param street    the street, or null for the district
 * @param reason    why the screening is run, or null
 */
record ScreeningSettings(String programId, LocalDate asOf, String street, String reason) {

    static final String DEFAULT_PROGRAM = "dibao";
    static final String PROGRAM = "programId";
    static final String AS_OF = "asOf";
    static final String REASON = "reason";
    static final int REASON_MAX = 500;

    /** Checks a request; absent program and day default to dibao and today. */
    static ScreeningSettings check(ScreeningRequest request, LocalDate today, ProgramDirectory programs,
            StreetDirectory streets) {
        if (request == null) {
            throw new ValidationException("body", "required", "a screening request is required");
        }
        String programId = blank(request.programId()) ? DEFAULT_PROGRAM : request.programId().strip();
        AssistanceProgram program = programs.find(programId).orElseThrow(() -> new ValidationException(PROGRAM,
                "installed", "program '" + programId + "' is not installed"));
        if (!program.parameters().problems().isEmpty()) {
            throw new ValidationException(PROGRAM, "configured", "program '" + programId + "' is misconfigured: "
                    + String.join("; ", program.parameters().problems()));
        }
        LocalDate asOf = blank(request.asOf()) ? today : date(request.asOf().strip());
        for (ParameterSeries s : program.parameters().series()) {
            if (s.standard() && s.on(asOf).isEmpty()) {
                throw new ValidationException(AS_OF, "standardInForce", "no value of " + programId + "'s standard '"
                        + s.name() + "' is in force on " + asOf);
            }
        }
        String street = blank(request.street()) ? null : request.street().strip();
        if (street != null && streets.find(street).isEmpty()) {
            throw new ValidationException("street", "known", "unknown street '" + street + "'");
        }
        String reason = blank(request.reason()) ? null : request.reason().strip();
        if (reason != null && reason.length() > REASON_MAX) {
            throw new ValidationException(REASON, "maxLength", "must be at most " + REASON_MAX + " characters");
        }
        return new ScreeningSettings(programId, asOf, street, reason);
    }

    /** The job's parameters (the street is the job's own). */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PROGRAM, programId);
        p.put(AS_OF, asOf.toString());
        if (reason != null) {
            p.put(REASON, reason);
        }
        return p;
    }

    /** The settings a job was submitted with. */
    static ScreeningSettings of(Map<String, String> parameters, String street) {
        String programId = parameters.get(PROGRAM);
        String asOf = parameters.get(AS_OF);
        if (programId == null || asOf == null) {
            throw new IllegalStateException("a screening job needs the parameters programId and asOf");
        }
        return new ScreeningSettings(programId, LocalDate.parse(asOf), street, parameters.get(REASON));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(AS_OF, "date", "must be a date yyyy-MM-dd, not '" + text + "'");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
