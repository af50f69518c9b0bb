package org.doudi.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.casework.Enrolment;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.casework.TerminationReason;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.security.Caller;
import org.doudi.soap.internal.contract.FeedField;
import org.doudi.soap.internal.contract.FeedRecord;
import org.doudi.soap.internal.contract.GetAssistanceStatusResponse;
import org.doudi.soap.internal.contract.PartnerFault;
import org.doudi.soap.internal.contract.ProgramStatus;
import org.doudi.soap.internal.contract.SubmitFeedRecords;
import org.junit.Test;

public class MappingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final String ID = id("31010519800101123");
    private static final Caller ADMIN = new Caller("admin", Set.of("district-admin"), null);
    private static final Caller PARTNER = new Caller("hr-bureau", Set.of("partner"), null);

    @Test
    public void enrolmentStatusesAsPartnersNameThem() {
        assertEquals(ProgramStatus.ACTIVE, AssistanceStatusView.statusOf(EnrolmentStatus.ACTIVE, null));
        assertEquals(ProgramStatus.SUSPENDED, AssistanceStatusView.statusOf(EnrolmentStatus.SUSPENDED,
                TerminationReason.PENDING_VERIFICATION));
        assertEquals(ProgramStatus.DECEASED, AssistanceStatusView.statusOf(EnrolmentStatus.TERMINATED,
                TerminationReason.DECEASED));
        assertEquals(ProgramStatus.TERMINATED, AssistanceStatusView.statusOf(EnrolmentStatus.TERMINATED,
                TerminationReason.INELIGIBLE));
    }

    @Test
    public void statusAnswerMasksTheIdNumberForPartnersOnly() {
        Enrolment e = new Enrolment("E1", "H1", "dibao", "C1", "tianshanlu", new BigDecimal("800.00"),
                YearMonth.of(2026, 1), null, null, EnrolmentStatus.TERMINATED, TerminationReason.DECEASED,
                LocalDate.of(2026, 10, 3), "Deceased", List.of(), 1);
        GetAssistanceStatusResponse partner = AssistanceStatusView.of(ID, "H1", List.of(e), PARTNER);
        assertTrue(partner.isRegistered());
        assertEquals(ResidentIdNumber.mask(ID), partner.getIdNumber());
        assertEquals("dibao", partner.getProgram().get(0).getProgramId());
        assertEquals(ProgramStatus.DECEASED, partner.getProgram().get(0).getStatus());
        assertEquals("2026-10-03", partner.getProgram().get(0).getSince().toXMLFormat());
        assertEquals(ID, AssistanceStatusView.of(ID, "H1", List.of(e), ADMIN).getIdNumber());
        assertFalse(AssistanceStatusView.unregistered(ID, PARTNER).isRegistered());
    }

    @Test
    public void aValidFeedBecomesTheJsonFeedSubmission() {
        SubmitFeedRecords r = feed("employment", "2026-10", record(ID, "2026-10-01", "employer", "ACME",
                "monthlyWage", "4000.00"));
        r.setSource("人社局");
        FeedRecords.Checked c = FeedRecords.check(r, TODAY);
        assertEquals(FeedType.EMPLOYMENT, c.type());
        assertEquals("2026-10", c.submission().period());
        assertEquals("人社局", c.submission().department());
        assertEquals(Map.of("employer", "ACME", "monthlyWage", "4000.00"), c.submission().records().get(0).facts());
    }

    @Test
    public void everyBadFieldOfAFeedIsNamed() {
        SubmitFeedRecords r = feed("salary", "2026-13", record("31010519800101", "01/10/2026"));
        try {
            FeedRecords.check(r, TODAY);
            fail("accepted");
        } catch (ValidationException e) {
            List<String> fields = e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
            assertEquals(List.of("feedType:oneOf", "period:month", "record[0].idNumber:length", "record[0].date:date"),
                    fields);
        }
    }

    @Test
    public void aFeedRecordNeedsTheTypesColumns() {
        try {
            FeedRecords.check(feed("employment", "2026-10", record(ID, "2026-10-01", "employer", "ACME")), TODAY);
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals("record[0].field", e.violations().get(0).field());
            assertTrue(e.violations().get(0).message().contains("monthlyWage"));
        }
    }

    @Test
    public void faultsCarryTypeStatusAndViolations() {
        PartnerFault f = Faults.of(new ValidationException("idNumber", "checksum", "checksum: check character is 1"));
        assertEquals("validation", f.getFaultInfo().getType());
        assertEquals(422, f.getFaultInfo().getStatus());
        assertEquals("idNumber", f.getFaultInfo().getViolation().get(0).getField());
        assertEquals("checksum", f.getFaultInfo().getViolation().get(0).getRule());
        PartnerFault notFound = Faults.of(DoudiException.notFound("referral R9"));
        assertEquals("referral R9 not found", notFound.getMessage());
        assertEquals(404, notFound.getFaultInfo().getStatus());
        PartnerFault internal = Faults.internal("GetReferralStatus", new IllegalStateException("db down at x.y.Z"));
        assertFalse(internal.getMessage().contains("db down"));
        assertEquals("internal", internal.getFaultInfo().getType());
    }

    @Test
    public void rolesPerOperation() {
        Caller street = new Caller("alice", Set.of("street-operator", "street:tianshanlu"), "tianshanlu");
        Caller auditor = new Caller("audrey", Set.of("auditor"), null);
        assertTrue(OperationRoles.allowed("GetAssistanceStatus", PARTNER));
        assertFalse(OperationRoles.allowed("GetAssistanceStatus", street));
        assertTrue(OperationRoles.allowed("SubmitReferral", street));
        assertTrue(OperationRoles.allowed("GetReferralStatus", PARTNER));
        assertFalse(OperationRoles.allowed("SubmitFeedRecords", auditor));
        assertFalse("an operation without a rule is refused", OperationRoles.allowed("Unknown", ADMIN));
    }

    @Test
    public void agreementsAcceptOneValueWithSeveralPartners() {
        FeedAgreements a = new FeedAgreements();
        a.configure(new FeedAgreements.Config() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return FeedAgreements.Config.class;
            }

            @Override
            public String[] feeds() {
                return new String[] {"hr-bureau:employment|pension, public-security:death"};
            }

            @Override
            public String[] referrals() {
                return new String[] {"charity-a: RS1 | RS2 , red-cross:RS3", ""};
            }
        });
        assertTrue(a.maySend("hr-bureau", "pension"));
        assertTrue(a.maySend("public-security", "death"));
        assertFalse(a.maySend("hr-bureau", "death"));
        assertFalse(a.maySend("charity", "death"));
        assertTrue(a.mayRefer("charity-a", "RS2"));
        assertTrue(a.mayRefer("red-cross", "RS3"));
        assertFalse(a.mayRefer("charity-a", "RS3"));
        assertFalse("feeds are not referrals", a.mayRefer("hr-bureau", "employment"));
        assertFalse(a.mayRefer("unlisted", "RS1"));
    }

    @Test
    public void aFeedRecordHasAtMostFiftyFields() {
        String[] fifty = new String[2 * FeedRecords.MAX_FIELDS];
        for (int i = 0; i < FeedRecords.MAX_FIELDS; i++) {
            fifty[2 * i] = i == 0 ? "employer" : i == 1 ? "monthlyWage" : "extra" + i;
            fifty[2 * i + 1] = i == 1 ? "4000.00" : "x";
        }
        assertEquals(FeedRecords.MAX_FIELDS, FeedRecords.check(feed("employment", "2026-10",
                record(ID, "2026-10-01", fifty)), TODAY).submission().records().get(0).facts().size());
        String[] fiftyOne = java.util.Arrays.copyOf(fifty, fifty.length + 2);
        fiftyOne[fifty.length] = "one-too-many";
        fiftyOne[fifty.length + 1] = "x";
        try {
            FeedRecords.check(feed("employment", "2026-10", record(ID, "2026-10-01", "employer", "ACME",
                    "monthlyWage", "1.00"), record(ID, "2026-10-01", fiftyOne)), TODAY);
            fail("accepted");
        } catch (ValidationException e) {
            List<String> fields = e.violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
            assertEquals(List.of("record[1].field:max"), fields);
            assertTrue(e.violations().get(0).message().contains("50"));
        }
    }

    private static SubmitFeedRecords feed(String type, String period, FeedRecord... records) {
        SubmitFeedRecords r = new SubmitFeedRecords();
        r.setFeedType(type);
        r.setPeriod(period);
        r.getRecord().addAll(List.of(records));
        return r;
    }

    private static FeedRecord record(String idNumber, String date, String... fields) {
        FeedRecord r = new FeedRecord();
        r.setIdNumber(idNumber);
        r.setDate(date);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            FeedField f = new FeedField();
            f.setName(fields[i]);
            f.setValue(fields[i + 1]);
            r.getField().add(f);
        }
        return r;
    }

    private static String id(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
