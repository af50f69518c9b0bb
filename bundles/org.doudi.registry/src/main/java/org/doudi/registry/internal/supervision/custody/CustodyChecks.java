package org.doudi.registry.internal.supervision.custody;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.FieldViolation;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.CustodyEnd;
import org.doudi.api.supervision.CustodyRequest;

/** The rules of a custody record and of its end, each broken one a 422 naming the field and the rule. */
final class CustodyChecks {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 500;

    private CustodyChecks() {
    }

    /** The request's values once every field passed: custodian's and recipient's ID numbers normalised. */
    record Checked(String recipientIdNumber, String custodianIdNumber, String account) {
    }

    static Checked registration(CustodyRequest r, LocalDate today) {
        if (r == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "householdId", r.householdId(), 64, true);
        if (blank(r.personId()) && blank(r.idNumber())) {
            v.add(new FieldViolation("personId", "required", "the recipient: personId or idNumber is required"));
        }
        text(v, "personId", r.personId(), 64, false);
        String recipient = null;
        if (!blank(r.idNumber())) {
            recipient = idNumber(v, "idNumber", r.idNumber(), today);
        }
        text(v, "custodianName", r.custodianName(), MAX_NAME, true);
        String custodian = idNumber(v, "custodianIdNumber", r.custodianIdNumber(), today);
        text(v, "custodianRelation", r.custodianRelation(), MAX_NAME, true);
        if (r.item() == null) {
            v.add(new FieldViolation("item", "required", "CARD or PASSBOOK"));
        }
        if (!BankAccounts.valid(r.account())) {
            v.add(new FieldViolation("account", "format", "12 to 30 digits (spaces allowed): the card's or passbook's"
                    + " account"));
        }
        notFuture(v, "since", r.since(), today);
        text(v, "reason", r.reason(), MAX_TEXT, true);
        if (r.consentBy() == null) {
            v.add(new FieldViolation("consentBy", "required", "RECIPIENT or GUARDIAN"));
        }
        text(v, "consentName", r.consentName(), MAX_NAME, true);
        notFuture(v, "consentOn", r.consentOn(), today);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return new Checked(recipient, custodian, r.account().replaceAll("\\s+", ""));
    }

    /** The day a custody ends: today when not given; not in the future, not before it began. */
    static LocalDate end(CustodyEnd e, LocalDate today, LocalDate since) {
        if (e == null) {
            throw new ValidationException("(body)", "required", "a JSON body is required");
        }
        List<FieldViolation> v = new ArrayList<>();
        text(v, "reason", e.reason(), MAX_TEXT, true);
        LocalDate on = e.endedOn() == null ? today : e.endedOn();
        if (on.isAfter(today)) {
            v.add(new FieldViolation("endedOn", "notFuture", "cannot be after today (" + today + ")"));
        } else if (on.isBefore(since)) {
            v.add(new FieldViolation("endedOn", "order", "cannot be before the custody began (" + since + ")"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return on;
    }

    private static String idNumber(List<FieldViolation> v, String field, String raw, LocalDate today) {
        ResidentIdNumber.Result id = ResidentIdNumber.check(raw, today);
        if (!id.valid()) {
            v.add(new FieldViolation(field, id.rule(), id.message()));
        }
        return id.normalized();
    }

    private static void notFuture(List<FieldViolation> v, String field, LocalDate day, LocalDate today) {
        if (day == null) {
            v.add(new FieldViolation(field, "required", "a date yyyy-MM-dd is required"));
        } else if (day.isAfter(today)) {
            v.add(new FieldViolation(field, "notFuture", "cannot be after today (" + today + ")"));
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                v.add(new FieldViolation(field, "required", "is required"));
            }
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "length", "must be at most " + max + " characters"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
