package org.doudi.program.charity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.WriteContext;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.records.ProgramRecord;
import org.doudi.api.records.ProgramRecordStore;
import org.doudi.api.records.RecordDraft;
import org.doudi.api.records.RecordGuard;
import org.doudi.api.records.RecordQuery;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.Member;
import org.junit.Before;
import org.junit.Test;

/** An export leaves a trace per person: a read in the audit trail per household and the person's key on the record. */
public class ExportTraceTest {
    private final Charity c = new Charity();
    private final Member zhang = Charity.member("p1", "31010519800101001", "张伟");
    private final Member li = Charity.member("p2", "31010519820202002", "李娜");
    private final Member chen = Charity.member("p5", "31010519900505005", "陈静");
    private Organisation fund;

    @Before
    public void setUp() {
        Household h1 = c.household("h1", "tianshanlu", zhang, li);
        Household h2 = c.household("h2", "xianxialu", chen);
        c.enrolments.add("h1", "dibao", "tianshanlu", EnrolmentStatus.ACTIVE);
        c.enrolments.add("h2", "dibao", "xianxialu", EnrolmentStatus.ACTIVE);
        fund = c.organisation("长宁区慈善基金会", "53310105MJ4917286B");
        c.consent(h1, zhang, fund, "EXCHANGE", "2024-09-01");
        c.consent(h2, chen, fund, "BOTH", "2024-09-01");
    }

    private static String key(Member m) {
        return RecordKeys.idNumber(m.idNumber());
    }

    private List<String> exportsOf(Member m) {
        return c.store.find(CharityProgram.ID, RecordQuery.ofKind(RecordKeys.EXPORT).withKey(key(m))).items().stream()
                .map(ProgramRecord::id).collect(Collectors.toList());
    }

    @Test
    public void eachExportedHouseholdsReadIsRecordedNamingTheExportAndTheOrganisation() {
        ExportFile f = c.exports.export(fund.id(), null, Charity.CTX);
        assertEquals(2, f.rows());
        String purpose = "charity export " + f.id() + " to organisation 长宁区慈善基金会 (" + fund.id() + ")";
        assertEquals(List.of("h1|wang.staff|" + purpose, "h2|wang.staff|" + purpose), c.households.reads);
    }

    @Test
    public void theExportRecordIsKeyedByEveryExportedPerson() {
        ExportFile all = c.exports.export(fund.id(), null, Charity.CTX);
        ExportFile xianxialu = c.exports.export(fund.id(), "xianxialu", Charity.CTX);
        ProgramRecord r = c.store.get(CharityProgram.ID, all.id()).orElseThrow();
        assertEquals(List.of(RecordKeys.organisation(fund.id()), key(zhang), key(chen)), r.keys());
        assertEquals(List.of(all.id()), exportsOf(zhang));
        assertEquals(List.of(all.id(), xianxialu.id()), exportsOf(chen));
        // 李娜 has no consent: she was withheld, and no export names her
        assertTrue(exportsOf(li).isEmpty());
        assertFalse(all.csv().contains(li.idNumber()));
    }

    @Test
    public void whenTheRecordCannotBeWrittenNothingIsSentNorRead() {
        ProgramRecordStore failing = new ProgramRecordStore() {
            @Override
            public ProgramRecord create(String programId, RecordDraft draft, RecordGuard guard, String action,
                    WriteContext context) {
                if (RecordKeys.EXPORT.equals(draft.kind())) {
                    throw new DoudiException(503, "unavailable", "the record store is down");
                }
                return c.store.create(programId, draft, guard, action, context);
            }

            @Override
            public ProgramRecord update(String programId, String id, long expectedVersion, RecordDraft draft,
                    RecordGuard guard, String action, WriteContext context) {
                return c.store.update(programId, id, expectedVersion, draft, guard, action, context);
            }

            @Override
            public Optional<ProgramRecord> get(String programId, String id) {
                return c.store.get(programId, id);
            }

            @Override
            public Page<ProgramRecord> find(String programId, RecordQuery query) {
                return c.store.find(programId, query);
            }
        };
        Exports exports = new Exports(failing, c.households, c.enrolments, c.referralService, c.needs,
                Charity.streets(), c.organisations, c.projects, c.consents, c.clock);
        try {
            exports.export(fund.id(), null, Charity.CTX);
            fail("exported without a record");
        } catch (DoudiException e) {
            assertEquals(503, e.status());
        }
        assertTrue(c.households.reads.isEmpty());
        assertTrue(c.store.ofKind(RecordKeys.EXPORT).isEmpty());
    }
}
