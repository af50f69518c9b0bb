package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.ValidationException;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Member;
import org.junit.Before;
import org.junit.Test;

/** Aid an organisation reports: known people recorded, bad lines reported by number, nothing recorded twice. */
public class ImportTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private Organisation fund;
    private String file;

    @Before
    public void setUp() {
        c.household("h1", "tianshanlu", zhang);
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        String id = zhang.idNumber();
        String unknown = Charity.idNumber("31010519880808008");
        String badChecksum = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        file = "idNumber,date,kind,amount,description\n"
                + id + ",2024-09-15,cash,500.00,助医补助\n"
                + id + ",2024-09-15,cash,500,助医补助\n"
                + unknown + ",2024-09-16,cash,300.00,助学金\n"
                + id + ",2024-13-01,cash,100.00,\n"
                + id + ",2024-09-20,in-kind,12.345,米油\n"
                + "\n"
                + id + ",2024-09-20,in-kind,abc,米油\n"
                + badChecksum + ",2024-09-20,cash,1.00,\n"
                + id + ",2024-10-02,cash,1.00,\n"
                + id + ",2024-09-20,service,0.00,\"上门探访, 陪同就医\"\n"
                + id + ",2024-09-21,=HYPERLINK(1),5.00,x\n"
                + id + ",2024-09-22,cash\n";
    }

    @Test
    public void knownPeopleAreRecordedAndBadLinesReportedByNumber() {
        ImportSummary s = c.imports.importAid(fund.id(), file, Charity.CTX);
        assertEquals(11, s.rows());
        assertEquals(2, s.recorded());
        assertEquals(1, s.duplicates());
        assertEquals(8, s.rejected());
        assertEquals(List.of("4 idNumber", "5 date", "6 amount", "8 amount", "9 idNumber", "10 date", "12 kind",
                "13 (line)"), s.errors().stream().map(e -> e.line() + " " + e.field()).collect(Collectors.toList()));
        assertEquals("unknown ID number " + org.doudi.api.person.ResidentIdNumber.mask(
                Charity.idNumber("31010519880808008")) + ": no active member of a registered household",
                s.errors().get(0).reason());
        assertEquals("'2024-13-01' is not a date yyyy-MM-dd", s.errors().get(1).reason());
        assertEquals("12.345 has more than two decimals", s.errors().get(2).reason());
        assertEquals("'abc' is not an amount in yuan (e.g. 500.00)", s.errors().get(3).reason());
        assertTrue(s.errors().get(4).reason(), s.errors().get(4).reason().contains("check"));
        assertEquals("2024-10-02 is after today (2024-10-01)", s.errors().get(5).reason());
        assertEquals("has 3 cells, the header has 5", s.errors().get(7).reason());

        List<ProgramRecord> aid = c.store.ofKind(RecordKeys.AID);
        assertEquals(2, aid.size());
        assertEquals("h1", aid.get(0).householdId());
        assertEquals("tianshanlu", aid.get(0).street());
        assertEquals(LocalDate.of(2024, 9, 15), aid.get(0).eventDate());
        assertEquals(new BigDecimal("500.00"), aid.get(0).amount());
        assertEquals(new BigDecimal("0.00"), aid.get(1).amount());
        AidBody body = RecordJson.read(aid.get(1).body(), AidBody.class);
        assertEquals("上门探访, 陪同就医", body.description());
        assertEquals("service", body.kind());
        assertEquals(11, body.line());
        assertEquals("p1", body.personId());
    }

    @Test
    public void importingTheSameFileAgainRecordsNothingTwice() {
        c.imports.importAid(fund.id(), file, Charity.CTX);
        ImportSummary again = c.imports.importAid(fund.id(), file, Charity.CTX);
        assertEquals(0, again.recorded());
        assertEquals(3, again.duplicates());
        assertEquals(8, again.rejected());
        assertEquals(2, c.store.ofKind(RecordKeys.AID).size());
        assertEquals(2, c.store.ofKind(RecordKeys.IMPORT).size());
        ImportSummary stored = RecordJson.read(c.store.ofKind(RecordKeys.IMPORT).get(1).body(), ImportSummary.class);
        assertEquals(3, stored.duplicates());
        assertEquals(again.sha256(), stored.sha256());
    }

    @Test
    public void theHeaderMustNameTheRequiredColumns() {
        try {
            c.imports.importAid(fund.id(), "idNumber,date,amount\n" + zhang.idNumber() + ",2024-09-15,5.00\n",
                    Charity.CTX);
            fail("kind missing");
        } catch (ValidationException e) {
            assertEquals("header", e.violations().get(0).field());
            assertTrue(e.getMessage(), e.getMessage().endsWith("missing: kind"));
        }
        try {
            c.imports.importAid("nope", file, Charity.CTX);
            fail("unknown organisation");
        } catch (ValidationException e) {
            assertEquals("organisationId", e.violations().get(0).field());
        }
    }
}
