package org.doudi.registry.internal.bulk;

import static org.doudi.registry.internal.bulk.RegistryFixture.NOW;
import static org.doudi.registry.internal.bulk.RegistryFixture.TODAY;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.EnrolmentStatus;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.RuleOutcome;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.Relation;
import org.doudi.registry.internal.casework.CircleIndex;
import org.doudi.registry.internal.entity.HouseholdEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CircleRecomputeTest {
    private static final Instant T0 = NOW.toInstant(ZoneOffset.UTC);

    private RegistryFixture registry;
    private String dibaoFamily;
    private String hardship;
    private String hardshipHead;
    private String endedChild;
    private String refused;
    private String overturned;

    @Before
    public void setUp() {
        registry = new RegistryFixture();
        dibaoFamily = registry.register(SampleHouseholds.family("tianshanlu"));
        String granted = registry.caseFile(dibaoFamily, "dibao", CaseStatus.GRANTED, TODAY.minusMonths(4), null);
        registry.enrolment(dibaoFamily, "dibao", granted, EnrolmentStatus.ACTIVE, null, TODAY.minusMonths(4),
                YearMonth.from(TODAY.minusMonths(3)));
        endedChild = registry.jpaRead(dibaoFamily, TODAY).members().get(2).personId();

        hardship = registry.register(Household.draft("hongqiao", "虹桥路1号", "虹桥路1号", List.of(
                SampleHouseholds.person(RegistryFixture.idNumber(TODAY.minusYears(80), 1), "老张", Relation.HEAD),
                SampleHouseholds.person(RegistryFixture.idNumber(TODAY.minusYears(50), 3), "小张", Relation.CHILD,
                        new IdentityTag("REFERRED_RED_CROSS", "红十字会", TODAY.minusMonths(1)))), List.of(), List.of(),
                List.of()));
        hardshipHead = registry.jpaRead(hardship, TODAY).members().get(0).personId();
        ProgramDecision personLevel = new ProgramDecision("special-hardship", "1", hardship, TODAY.minusMonths(2), true,
                new BigDecimal("2000.00"), List.of(), List.of(RuleOutcome.pass("person:" + hardshipHead, "qualifies",
                        Map.of()), RuleOutcome.pass("income", "none", Map.of())), null, Map.of());
        String hc = registry.caseFile(hardship, "special-hardship", CaseStatus.GRANTED, TODAY.minusMonths(2), personLevel);
        registry.enrolment(hardship, "special-hardship", hc, EnrolmentStatus.ACTIVE, null, TODAY.minusMonths(2),
                YearMonth.from(TODAY.minusMonths(1)));

        refused = registry.register(SampleHouseholds.single("xinjing", 1, "2500.00", null));
        registry.caseFile(refused, "dibao", CaseStatus.REFUSED, TODAY.minusMonths(8), null);
        overturned = registry.register(SampleHouseholds.single("xinjing", 2, "2500.00", null));
        registry.overturn(registry.caseFile(overturned, "dibao", CaseStatus.REFUSED, TODAY.minusMonths(8), null));
        String relief = registry.register(SampleHouseholds.single("tianshanlu", 3, "900.00", null));
        registry.caseFile(relief, "temporary-relief", CaseStatus.GRANTED, TODAY.minusYears(1), null);
        registry.register(SampleHouseholds.single("tianshanlu", 4, "9000.00", "100000.00"));
    }

    @After
    public void tearDown() {
        registry.close();
    }

    /** What the per-household recomputation (inside writes) stores, for every household. */
    private void recomputeTheJpaWay() {
        registry.inTx(em -> {
            em.createQuery("SELECT h.id FROM HouseholdEntity h", String.class).getResultList().forEach(id ->
                    CircleIndex.recompute(em, registry.mapper.toRecord(em.find(HouseholdEntity.class, id)), TODAY, T0));
            return null;
        });
    }

    private CircleRecompute.Result bulk(Instant start) throws Exception {
        return new CircleRecompute(registry.dataSource, new HouseholdStream(registry.dataSource, registry.streets, 2))
                .run(TODAY, start);
    }

    /** person → household|street|circle|reason|as_of|computed_at */
    private Map<String, String> table() throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection c = registry.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT person_id, household_id, street, circle, reason, as_of, computed_at"
                        + " FROM person_circle")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7));
            }
        }
        return rows;
    }

    private static String placement(String row) {
        return row.substring(0, row.lastIndexOf('|', row.lastIndexOf('|') - 1));
    }

    @Test
    public void aPassOverWhatTheWritesStoredWritesNothing() throws Exception {
        recomputeTheJpaWay();
        Map<String, String> stored = table();
        assertEquals(9, stored.size()); // 3 active in the family (the child left), 2 in the other, 4 singles
        assertNull(stored.get(endedChild));

        CircleRecompute.Result r = bulk(T0.plus(Duration.ofDays(1)));
        assertEquals(6, r.households());
        assertEquals(9, r.people());
        assertEquals(List.of(0L, 0L, 0L), List.of(r.inserted(), r.updated(), r.deleted()));
        assertEquals(stored, table());
        assertEquals(0, bulk(T0.plus(Duration.ofDays(2))).updated());
    }

    @Test
    public void fromNothingTheBulkPassStoresWhatTheWritesWould() throws Exception {
        recomputeTheJpaWay();
        Map<String, String> expected = table();
        registry.update("DELETE FROM person_circle");

        CircleRecompute.Result r = bulk(T0.plus(Duration.ofDays(1)));
        assertEquals(9, r.inserted());
        Map<String, String> actual = table();
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((person, row) -> assertEquals(placement(row), placement(actual.get(person))));
        assertEquals(hardship + "|hongqiao|1|enrolled in special-hardship (ACTIVE since " + TODAY.minusMonths(2) + ")",
                placement(actual.get(hardshipHead)));
        String son = registry.jpaRead(hardship, TODAY).members().get(1).personId();
        assertEquals(hardship + "|hongqiao|4|tag REFERRED_RED_CROSS since " + TODAY.minusMonths(1),
                placement(actual.get(son))); // a person-level enrolment covers only the member it found qualifying
        assertEquals(refused + "|xinjing|3|refused dibao on " + TODAY.minusMonths(8) + " (within two years of " + TODAY
                + ")", placement(actual.get(registry.jpaRead(refused, TODAY).members().get(0).personId())));
        assertEquals(overturned + "|xinjing|null|no circle applies", // the refusal was set aside on review
                placement(actual.get(registry.jpaRead(overturned, TODAY).members().get(0).personId())));
        assertEquals(0, bulk(T0.plus(Duration.ofDays(2))).inserted());
    }

    @Test
    public void staleMissingAndLeftoverRowsAreFixedAndNothingElseIsWritten() throws Exception {
        recomputeTheJpaWay();
        Map<String, String> expected = table();
        String someone = expected.keySet().iterator().next();
        String another = expected.keySet().stream().skip(1).findFirst().orElseThrow();
        registry.update("UPDATE person_circle SET circle = 4, reason = 'stale' WHERE person_id = ?", someone);
        registry.update("DELETE FROM person_circle WHERE person_id = ?", another);
        registry.update("INSERT INTO person_circle (person_id, household_id, street, circle, reason, as_of, computed_at)"
                + " VALUES (?, ?, 'tianshanlu', 1, 'left in June', ?, ?)", endedChild, dibaoFamily,
                java.sql.Date.valueOf(TODAY.minusMonths(5)), java.sql.Timestamp.valueOf(NOW.minusDays(100)));

        Instant start = T0.plus(Duration.ofDays(1));
        CircleRecompute.Result r = bulk(start);
        assertEquals(List.of(1L, 1L, 1L), List.of(r.inserted(), r.updated(), r.deleted()));
        Map<String, String> fixed = table();
        assertEquals(expected.keySet(), fixed.keySet());
        expected.forEach((person, row) -> assertEquals(placement(row), placement(fixed.get(person))));
        String started = java.sql.Timestamp.valueOf(start.atOffset(ZoneOffset.UTC).toLocalDateTime()).toString();
        assertEquals(started, fixed.get(someone).substring(fixed.get(someone).lastIndexOf('|') + 1));
        String untouched = expected.keySet().stream().skip(2).findFirst().orElseThrow();
        assertEquals(expected.get(untouched), fixed.get(untouched)); // not even computed_at moved

        CircleRecompute.Result again = bulk(start.plus(Duration.ofHours(1)));
        assertEquals(List.of(0L, 0L, 0L), List.of(again.inserted(), again.updated(), again.deleted()));
    }

    @Test
    public void aRowRecomputedByAWriteSinceThePassBeganIsLeftAlone() throws Exception {
        recomputeTheJpaWay();
        Map<String, String> expected = table();
        String someone = expected.keySet().iterator().next();
        Instant start = T0.plus(Duration.ofDays(1));
        // a household write recomputed this row (with facts the pass may not have read) just before the pass began
        registry.update("UPDATE person_circle SET circle = 2, reason = 'fresh', computed_at = ? WHERE person_id = ?",
                java.sql.Timestamp.valueOf(start.minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC)
                        .toLocalDateTime()), someone);

        CircleRecompute.Result r = bulk(start);
        assertEquals(0, r.updated());
        assertNotEquals(placement(expected.get(someone)), placement(table().get(someone)));
        assertEquals("2|fresh", placement(table().get(someone)).split("\\|", 3)[2]);
    }
}
