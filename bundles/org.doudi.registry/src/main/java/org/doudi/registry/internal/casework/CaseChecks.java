package org.doudi.registry.internal.casework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.AppealKind;
import org.doudi.api.casework.AppealOutcome;
import org.doudi.api.casework.AppealOutcomeRequest;
import org.doudi.api.casework.AppealRequest;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.casework.CaseApplication;
import org.doudi.api.casework.ObjectionRequest;
import org.doudi.api.casework.TransitionRequest;

/** The checks of casework requests: every broken rule at once, nothing written (422). */
final class CaseChecks {
    static final int MAX_TEXT = 500;
    static final int MAX_NAME = 100;
    static final String ANONYMOUS = "anonymous";

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

    /**
     * The day an objection was raised, after checking the request: within the public notice, from the day it
     * started ({@code noticeFrom}) to its last day ({@code noticeUntil}), and not after today.
     */
    static LocalDate objection(ObjectionRequest r, LocalDate today, LocalDate noticeFrom, LocalDate noticeUntil) {
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        required(v, "content", r.content());
        text(v, "content", r.content());
        if (r.raisedBy() != null && r.raisedBy().strip().length() > MAX_NAME) {
            v.add(new FieldViolation("raisedBy", "length", "must be at most " + MAX_NAME + " characters"));
        }
        LocalDate raised = date(v, "raisedOn", r.raisedOn(), today);
        if (raised != null && raised.isAfter(today)) {
            v.add(new FieldViolation("raisedOn", "notFuture", "cannot be after today (" + today + ")"));
        } else if (raised != null && (raised.isBefore(noticeFrom) || raised.isAfter(noticeUntil))) {
            v.add(new FieldViolation("raisedOn", "noticePeriod", "must lie within the public notice, " + noticeFrom
                    + " to " + noticeUntil + ": an objection raised on " + raised + " is not one raised during it"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return raised;
    }

    /** Who raised an objection, {@code anonymous} when no name was given. */
    static String raisedBy(ObjectionRequest r) {
        return r.raisedBy() == null || r.raisedBy().isBlank() ? ANONYMOUS : r.raisedBy().strip();
    }

    /**
     * The day an appeal was filed, after checking the request: from the decision day ({@code decidedOn}) to
     * {@code windowDays} calendar days after it, both included, and not after today.
     */
    static LocalDate appeal(AppealRequest r, LocalDate today, LocalDate decidedOn, int windowDays) {
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        if (r.kind() == null) {
            v.add(new FieldViolation("kind", "required", "one of " + java.util.Arrays.toString(AppealKind.values())
                    + ": REVIEW (复核) or RECONSIDERATION (行政复议)"));
        }
        required(v, "grounds", r.grounds());
        text(v, "grounds", r.grounds());
        LocalDate filed = date(v, "filedOn", r.filedOn(), today);
        if (filed != null) {
            String window = windowViolation(filed, decidedOn, windowDays);
            if (filed.isAfter(today)) {
                v.add(new FieldViolation("filedOn", "notFuture", "cannot be after today (" + today + ")"));
            } else if (window != null) {
                v.add(new FieldViolation("filedOn", "appealWindow", window));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return filed;
    }

    /**
     * Why an appeal filed on {@code filedOn} is outside the window after a decision taken on {@code decidedOn}, or
     * null when it is inside: the decision day and the {@code windowDays} calendar days after it.
     */
    static String windowViolation(LocalDate filedOn, LocalDate decidedOn, int windowDays) {
        if (filedOn.isBefore(decidedOn)) {
            return "cannot be before the decision day (" + decidedOn + ")";
        }
        LocalDate last = decidedOn.plusDays(windowDays);
        if (filedOn.isAfter(last)) {
            return "the window for a review or reconsideration closed on " + last + " (" + windowDays
                    + " days after the decision of " + decidedOn + ")";
        }
        return null;
    }

    /** The day of an appeal's outcome, after checking the request: not before the filing, not after today. */
    static LocalDate appealOutcome(AppealOutcomeRequest r, LocalDate today, LocalDate filedOn) {
        List<FieldViolation> v = new ArrayList<>();
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        if (r.outcome() == null) {
            v.add(new FieldViolation("outcome", "required", "one of "
                    + java.util.Arrays.toString(AppealOutcome.values())));
        }
        required(v, "reason", r.reason());
        text(v, "reason", r.reason());
        LocalDate on = date(v, "decidedOn", r.decidedOn(), today);
        if (on != null && on.isAfter(today)) {
            v.add(new FieldViolation("decidedOn", "notFuture", "cannot be after today (" + today + ")"));
        } else if (on != null && on.isBefore(filedOn)) {
            v.add(new FieldViolation("decidedOn", "order", "cannot be before the appeal was filed (" + filedOn + ")"));
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
