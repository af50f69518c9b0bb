package org.doudi.registry.internal.supervision.filecheck;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.doudi.api.Digests;
import org.doudi.api.DoudiException;
import org.doudi.api.ValidationException;
import org.doudi.api.WriteContext;
import org.doudi.api.registry.Household;
import org.doudi.api.supervision.FileCheck;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckCorrectionRequest;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingCategory;
import org.doudi.api.supervision.FileCheckFindingRequest;
import org.doudi.api.supervision.FileCheckFindingStatus;
import org.doudi.api.supervision.FileCheckRequest;
import org.doudi.api.supervision.FileCheckReviewRequest;
import org.doudi.api.supervision.FileCheckStreet;
import org.junit.Test;

/** A monthly file check on a real database: the draw, a finding, its correction and closure, the open corrections. */
public class FileCheckRegistryTest {
    private static final WriteContext DISTRICT = WriteContext.of("staff.zhao", null);
    private static final WriteContext STREET = WriteContext.of("operator.li", null);
    private static final String SIGNATURE = "credit commitment (诚信承诺书)";

    private final SupervisionFixture f = new SupervisionFixture();
    private final FileCheckRegistry checks = f.fileChecks();
    private final List<String> tianshanlu = new ArrayList<>();

    /** 7 cases of tianshanlu and 2 of hongqiao decided in 2024-10, one each side of the month. */
    private FileCheck drawOctober() {
        for (int i = 0; i < 7; i++) {
            Household h = f.household("tianshanlu", f.idNumber("1970010" + (i + 1)));
            tianshanlu.add(f.decidedCase(h, "dibao", LocalDate.of(2024, 10, 1 + 4 * i)));
        }
        for (int i = 0; i < 2; i++) {
            f.decidedCase(f.household("hongqiao", f.idNumber("1980020" + (i + 1))), "dibao", LocalDate.of(2024, 10, 31));
        }
        Household other = f.household("hongqiao", f.idNumber("19900301"));
        f.decidedCase(other, "dibao", LocalDate.of(2024, 9, 30));
        f.decidedCase(other, "dibao-edge", LocalDate.of(2024, 11, 1));
        return checks.draw(new FileCheckRequest("2024-10", 5, null, "monthly check"), DISTRICT);
    }

    private static FileCheckStreet street(FileCheck c, String id) {
        return c.streets().stream().filter(s -> s.street().equals(id)).findFirst().orElseThrow();
    }

    private static FileCheckFindingRequest finding(String item, String dueOn) {
        return new FileCheckFindingRequest(FileCheckFindingCategory.MISSING_SIGNATURE, item, "承诺书无申请人签字",
                "补签诚信承诺书", dueOn);
    }

    @Test
    public void eachStreetGetsItsSampleOfTheCasesDecidedInTheMonth() {
        FileCheck c = drawOctober();
        assertEquals("2024-10", c.month());
        assertNotEquals("the default seed is random, not the month", 202410L, c.seed());
        assertEquals(new FileCheckStreet("tianshanlu", 7, 5, 0, 0, 0, 0), street(c, "tianshanlu"));
        assertEquals(new FileCheckStreet("hongqiao", 2, 2, 0, 0, 0, 0), street(c, "hongqiao"));
        assertEquals("every street is listed, drawn or not", 10, c.streets().size());
        assertEquals(new FileCheckStreet("xinjing", 0, 0, 0, 0, 0, 0), street(c, "xinjing"));
        assertEquals(7, c.cases().size());
        List<String> expected = tianshanlu.stream().sorted(Comparator.comparing((String id) -> Digests.sha256(c.seed()
                + ":" + id))).limit(5).toList();
        assertEquals("the five lowest SHA-256(seed:caseId)", expected, c.cases().stream()
                .filter(x -> x.street().equals("tianshanlu")).map(FileCheckCase::caseId).toList());
        assertEquals(8, c.cases().get(0).items().size());
        assertEquals(List.of("FILE_CHECK_DRAWN"), f.auditActions(c.id()));
        assertEquals(c, checks.find(c.id()).orElseThrow());
        assertNull("lists leave the cases out", checks.list(0, 20).items().get(0).cases());
    }

    @Test
    public void aMonthIsDrawnOnceAndBadDrawsAreRefusedNamingTheField() {
        FileCheck c = drawOctober();
        try {
            checks.draw(new FileCheckRequest("2024-10", 3, 7L, null), DISTRICT);
            fail("drawn twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
            assertTrue(e.getMessage(), e.getMessage().contains(c.id()));
        }
        assertRefused("month", "type", new FileCheckRequest("2024-13", null, null, null));
        assertRefused("month", "range", new FileCheckRequest("2024-12", null, null, null));
        assertRefused("month", "range", new FileCheckRequest("2024-11", null, null, null)); // not over yet
        assertRefused("month", "required", new FileCheckRequest(null, null, null, null));
        assertRefused("sizePerStreet", "range", new FileCheckRequest("2024-09", 0, null, null));
        assertRefused("sizePerStreet", "range", new FileCheckRequest("2024-09", 101, null, null));
    }

    private void assertRefused(String field, String rule, FileCheckRequest r) {
        try {
            checks.draw(r, DISTRICT);
            fail("accepted " + r);
        } catch (ValidationException e) {
            assertEquals(field, e.violations().get(0).field());
            assertEquals(rule, e.violations().get(0).rule());
        }
    }

    @Test
    public void aFindingIsCorrectedAndSoClosedAndOverdueOnesAreFlagged() {
        FileCheck c = drawOctober();
        String caseId = c.cases().stream().filter(x -> x.street().equals("tianshanlu")).findFirst().orElseThrow().caseId();
        FileCheckFinding first = checks.recordFinding(c.id(), caseId, finding(SIGNATURE, "2024-11-30"), DISTRICT);
        assertEquals(1, first.number());
        assertEquals(FileCheckFindingStatus.OPEN, first.status());
        assertEquals("tianshanlu", first.street());
        assertEquals("2024-10", first.month());
        assertFalse(first.overdue());
        FileCheckFinding second = checks.recordFinding(c.id(), caseId, new FileCheckFindingRequest(
                FileCheckFindingCategory.WRONG_AMOUNT, null, "金额计算错误", "重新核算", null), STREET);
        assertEquals(2, second.number());
        assertEquals("the configured 30 days", LocalDate.of(2024, 12, 15), second.dueOn());

        FileCheckFinding submitted = checks.recordCorrection(c.id(), caseId, 1, new FileCheckCorrectionRequest(
                "已补签", null), STREET);
        assertEquals("the street only submits", FileCheckFindingStatus.CORRECTION_SUBMITTED, submitted.status());
        assertNull(submitted.closedBy());
        assertEquals(SupervisionFixture.TODAY, submitted.correctedOn());
        try {
            checks.recordCorrection(c.id(), caseId, 1, new FileCheckCorrectionRequest("again", null), STREET);
            fail("corrected twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
        try {
            checks.closeFinding(c.id(), caseId, 2, DISTRICT);
            fail("closed without a correction");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
        FileCheckFinding closed = checks.closeFinding(c.id(), caseId, 1, DISTRICT);
        assertEquals(FileCheckFindingStatus.CLOSED, closed.status());
        assertEquals("staff.zhao", closed.closedBy());
        assertNotNull(closed.closedAt());
        assertEquals(SupervisionFixture.TODAY, closed.correctedOn());
        assertFalse(closed.correctedLate());
        try {
            checks.closeFinding(c.id(), caseId, 1, DISTRICT);
            fail("closed twice");
        } catch (DoudiException e) {
            assertEquals(409, e.status());
        }
        FileCheckCase reviewed = checks.review(c.id(), caseId, new FileCheckReviewRequest("其余材料齐全"), DISTRICT);
        assertEquals("staff.zhao", reviewed.reviewedBy());
        assertEquals(2, reviewed.findings().size());

        assertEquals(1, checks.openCorrections("tianshanlu", false, 0, 20).total());
        assertEquals(0, checks.openCorrections("hongqiao", false, 0, 20).total());
        assertEquals(0, checks.openCorrections(null, true, 0, 20).total());
        f.today = LocalDate.of(2024, 12, 16);
        List<FileCheckFinding> overdue = checks.openCorrections(null, true, 0, 20).items();
        assertEquals(1, overdue.size());
        assertEquals(2, overdue.get(0).number());
        assertTrue(overdue.get(0).overdue());
        assertEquals(new FileCheckStreet("tianshanlu", 7, 5, 1, 2, 1, 1), street(checks.find(c.id()).orElseThrow(),
                "tianshanlu"));
        FileCheckFinding late = checks.recordCorrection(c.id(), caseId, 2, new FileCheckCorrectionRequest("已重新核算",
                "2024-12-16"), STREET);
        assertTrue(late.correctedLate());
        assertEquals(FileCheckFindingStatus.CORRECTION_SUBMITTED, late.status());
        assertEquals(0, checks.openCorrections(null, false, 0, 20).total());
        assertEquals(List.of("FILE_CHECK_DRAWN", "FILE_CHECK_FINDING", "FILE_CHECK_FINDING", "FILE_CHECK_CORRECTED",
                "FILE_CHECK_CLOSED", "FILE_CHECK_REVIEWED", "FILE_CHECK_CORRECTED"), f.auditActions(c.id()));
    }

    @Test
    public void findingsAreCheckedAndOnlyOnSampledCases() {
        FileCheck c = drawOctober();
        String caseId = c.cases().get(0).caseId();
        String notSampled = tianshanlu.stream().filter(id -> c.cases().stream().noneMatch(x -> x.caseId().equals(id)))
                .findFirst().orElseThrow();
        try {
            checks.recordFinding(c.id(), notSampled, finding(SIGNATURE, null), DISTRICT);
            fail("a finding on a case not drawn");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
        assertFindingRefused(caseId, finding("no such item", null), "item", "oneOf");
        assertFindingRefused(caseId, finding(SIGNATURE, "2024-11-14"), "dueOn", "range");
        assertFindingRefused(caseId, new FileCheckFindingRequest(null, null, "x", "y", null), "category", "required");
        assertFindingRefused(caseId, new FileCheckFindingRequest(FileCheckFindingCategory.OTHER, null, " ", "y", null),
                "description", "required");
        checks.recordFinding(c.id(), caseId, finding(null, null), DISTRICT);
        try {
            checks.recordCorrection(c.id(), caseId, 1, new FileCheckCorrectionRequest("done", "2024-11-14"), STREET);
            fail("corrected before the finding");
        } catch (ValidationException e) {
            assertEquals("correctedOn", e.violations().get(0).field());
        }
        try {
            checks.recordCorrection(c.id(), caseId, 9, new FileCheckCorrectionRequest("done", null), STREET);
            fail("no finding 9");
        } catch (DoudiException e) {
            assertEquals(404, e.status());
        }
    }

    private void assertFindingRefused(String caseId, FileCheckFindingRequest r, String field, String rule) {
        try {
            checks.recordFinding(checks.list(0, 1).items().get(0).id(), caseId, r, DISTRICT);
            fail("accepted " + r);
        } catch (ValidationException e) {
            assertEquals(field, e.violations().get(0).field());
            assertEquals(rule, e.violations().get(0).rule());
        }
    }
}
