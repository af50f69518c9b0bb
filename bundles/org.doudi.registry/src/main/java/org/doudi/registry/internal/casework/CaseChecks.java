package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.TransitionRequest;

/** The checks of casework requests: every broken rule at once, nothing written (422). */
final class CaseChecks {
    static final int MAX_TEXT = 500;

    private CaseChecks() {
    }

    /** The application's acceptance day, after checking the whole application. */
    static LocalDate application(CaseApplication a, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>();
        if (a == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        required(v, "householdId", a.householdId());
        required(v, "programId", a.programId());
        if (!Boolean.TRUE.equals(a.creditCommitment())) {
            v.add(new FieldViolation("creditCommitment", "signed",
                    "the applicant's credit commitment (信用告知承诺) must be signed at acceptance"));
        }
        if (!Boolean.TRUE.equals(a.verificationAuthorisation())) {
            v.add(new FieldViolation("verificationAuthorisation", "signed",
                    "the authorisation for economic verification (核对授权书) must be signed at acceptance"));
        }
        if (a.agentName() != null && (a.agentName().isBlank() || a.agentName().length() > 100)) {
            v.add(new FieldViolation("agentName", "length", "must be 1 to 100 characters"));
        }
        if (a.agentName() != null && (a.agentRelation() == null || a.agentRelation().isBlank())) {
            v.add(new FieldViolation("agentRelation", "required", "say how the agent or guardian is related to the applicant"));
        }
        if (a.agentRelation() != null && a.agentRelation().length() > 50) {
            v.add(new FieldViolation("agentRelation", "length", "must be at most 50 characters"));
        }
        if (a.payeeAccount() != null && !BankAccounts.valid(a.payeeAccount())) {
            v.add(new FieldViolation("payeeAccount", "format", "must be 12 to 30 digits"));
        }
        text(v, "reason", a.reason());
        LocalDate accepted = date(v, "acceptedOn", a.acceptedOn(), today);
        if (accepted != null && accepted.isAfter(today)) {
            v.add(new FieldViolation("acceptedOn", "notFuture", "cannot be after today (" + today + ")"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return accepted;
    }

    /** The day a transition takes effect, after checking the request. */
    static LocalDate transition(TransitionRequest r, LocalDate today, LocalDate lastStep) {
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        if (r.to() == null) {
            v.add(new FieldViolation("to", "required", "the status to move to"));
        }
        required(v, "reason", r.reason());
        text(v, "reason", r.reason());
        text(v, "evidence", r.evidence());
        if (r.payeeAccount() != null && !BankAccounts.valid(r.payeeAccount())) {
            v.add(new FieldViolation("payeeAccount", "format", "must be 12 to 30 digits"));
        }
        LocalDate on = date(v, "on", r.on(), today);
        if (on != null && on.isAfter(today)) {
            v.add(new FieldViolation("on", "notFuture", "cannot be after today (" + today + ")"));
        }
        if (on != null && on.isBefore(lastStep)) {
            v.add(new FieldViolation("on", "order", "cannot be before the case's last step (" + lastStep + ")"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return on;
    }

    static void required(List<FieldViolation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "required", "must be given"));
        }
    }

    static void text(List<FieldViolation> v, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            v.add(new FieldViolation(field, "length", "must be at most " + MAX_TEXT + " characters"));
        }
    }

    /** The date written in {@code value}, {@code today} when absent; null (and a violation) when unreadable. */
    static LocalDate date(List<FieldViolation> v, String field, String value, LocalDate today) {
        if (value == null) {
            return today;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000) {
                v.add(new FieldViolation(field, "range", "must be in 2000 or later"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            v.add(new FieldViolation(field, "type", "must be a date yyyy-MM-dd"));
            return null;
        }
    }
}
