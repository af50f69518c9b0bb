package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.registry.Member;
import org.junit.Before;
import org.junit.Test;

/** Two genuine identical items told apart by the organisation's own {@code itemRef}. */
public class ImportItemRefTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private Organisation fund;
    private String file;

    @Before
    public void setUp() {
        c.household("h1", "tianshanlu", zhang);
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        String id = zhang.idNumber();
        file = "idNumber,date,kind,amount,itemRef,description\n"
                + id + ",2024-09-15,voucher,100.00,V-001,超市券\n"
                + id + ",2024-09-15,voucher,100.00,V-002,超市券\n"
                + id + ",2024-09-15,voucher,100,V-002,超市券\n"
                + id + ",2024-09-15,voucher,100.00,,超市券\n"
                + id + ",2024-09-16,voucher,100.00," + "V".repeat(61) + ",超市券\n"
                + id + ",2024-09-16,voucher,100.00,=1+1,超市券\n";
    }

    @Test
    public void itemsWithDifferentReferencesAreDifferentItems() {
        ImportSummary s = c.imports.importAid(fund.id(), file, Charity.CTX);
        assertEquals(3, s.recorded());
        assertEquals(1, s.duplicates());
        assertEquals(2, s.rejected());
        assertEquals(List.of("6 itemRef", "7 itemRef"), s.errors().stream().map(e -> e.line() + " " + e.field())
                .collect(Collectors.toList()));
        assertEquals("is longer than 60 characters", s.errors().get(0).reason());
        List<ProgramRecord> aid = c.store.ofKind(RecordKeys.AID);
        assertEquals(List.of("V-001", "V-002", "null"), aid.stream()
                .map(r -> String.valueOf(RecordJson.read(r.body(), AidBody.class).itemRef()))
                .collect(Collectors.toList()));

        ImportSummary again = c.imports.importAid(fund.id(), file, Charity.CTX);
        assertEquals(0, again.recorded());
        assertEquals(4, again.duplicates());
        assertEquals(3, c.store.ofKind(RecordKeys.AID).size());
    }

    @Test
    public void withoutAReferenceTheItemIsTheSameAsInAFileWithoutTheColumn() {
        c.imports.importAid(fund.id(), file, Charity.CTX);
        ImportSummary old = c.imports.importAid(fund.id(), "idNumber,date,kind,amount\n" + zhang.idNumber()
                + ",2024-09-15,voucher,100\n", Charity.CTX);
        assertEquals(0, old.recorded());
        assertEquals(1, old.duplicates());
    }
}
