package org.doudi.registry.internal.supervision.reconciliation;

import static org.junit.Assert.assertEquals;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.YearMonth;
import org.doudi.api.WriteContext;
import org.doudi.api.person.ResidentIdNumber;
import org.doudi.api.supervision.MismatchKind;
import org.doudi.api.supervision.MismatchTotal;
import org.doudi.api.supervision.Reconciliation;
import org.junit.Assume;
import org.junit.Test;

/**
 * A district's month at scale: {@code N} enrolled households (default 200,000, {@code -Ddoudi.harness.persons=N})
 * and the platform's file of the same size with 1 % wrong amounts, reconciled on embedded Derby; then an empty export
 * (every roll payment unpaid: N mismatches written). Runs only with {@code -Ddoudi.harness=true}:
 * <pre>
 * mvn -B -o -pl bundles/org.doudi.api,bundles/org.doudi.registry test -Dtest=ReconciliationHarnessTest \
 *     -Ddoudi.harness=true -DargLine=-Xmx2g -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
public class ReconciliationHarnessTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReconciliationHarnessTest.class);
    private static final int N = Integer.getInteger("doudi.harness.persons", 200_000);

    @Test
    public void aDistrictMonthIsReconciledInSeconds() throws Exception {
        Assume.assumeTrue(Boolean.getBoolean("doudi.harness"));
        ReconciliationFixture f = new ReconciliationFixture();
        long t = System.nanoTime();
        Path file = Files.createTempFile("fund", ".csv");
        file.toFile().deleteOnExit();
        try (Connection c = f.ds.getConnection(); BufferedWriter out = Files.newBufferedWriter(file)) {
            c.setAutoCommit(false);
            out.write(ReconciliationRegistryTest.HEADER + "\n");
            insert(c, out);
            c.commit();
        }
        log("%d households written in %d ms", N, ms(t));

        t = System.nanoTime();
        Reconciliation r = reconcile(f, file);
        log("%d rows reconciled in %d ms: %d mismatches", r.rows(), ms(t), r.total().mismatchCount());
        assertEquals(N, r.total().rollCount());
        assertEquals(N / 100, count(r, MismatchKind.AMOUNT_DIFFERS));
        assertEquals(N / 100, r.total().mismatchCount());

        Path empty = Files.createTempFile("fund", ".csv");
        empty.toFile().deleteOnExit();
        Files.writeString(empty, ReconciliationRegistryTest.HEADER + "\n");
        t = System.nanoTime();
        Reconciliation unpaid = reconcile(f, empty);
        log("empty export reconciled in %d ms: %d mismatches", ms(t), unpaid.total().mismatchCount());
        assertEquals(N, count(unpaid, MismatchKind.ON_ROLL_NOT_PAID));
    }

    private static void insert(Connection c, BufferedWriter out) throws Exception {
        Timestamp at = Timestamp.valueOf("2024-06-01 00:00:00");
        Date june = Date.valueOf("2024-06-01");
        String[] streets = {"tianshanlu", "hongqiao", "xinhualu", "jiangsulu", "huayanglu"};
        try (PreparedStatement h = c.prepareStatement("INSERT INTO household (id, street, street_basis, hukou_address,"
                + " residence_address, version, created_at, updated_at) VALUES (?, ?, 'HUKOU', 'a', 'a', 1, ?, ?)");
                PreparedStatement m = c.prepareStatement("INSERT INTO household_member (person_id, household_id, seq,"
                + " id_number, without_id_number, name, relation, hukou_local) VALUES (?, ?, 0, ?, FALSE, 'x', 'HEAD',"
                + " TRUE)");
                PreparedStatement claim = c.prepareStatement("INSERT INTO person_id_claim (id_number, person_id,"
                + " household_id) VALUES (?, ?, ?)");
                PreparedStatement cs = c.prepareStatement("INSERT INTO case_file (id, household_id, program_id, street,"
                + " status, accepted_on, deadline, deadline_days, deadline_provisional, calendar_revision,"
                + " credit_commitment, verification_authorisation, version, created_at, updated_at) VALUES (?, ?,"
                + " 'dibao', ?, 'GRANTED', ?, ?, 20, FALSE, 0, TRUE, TRUE, 1, ?, ?)");
                PreparedStatement e = c.prepareStatement("INSERT INTO enrolment (id, household_id, program_id, case_id,"
                + " street, monthly_amount, start_month, next_review, payee_account, status, status_since, version,"
                + " created_at, updated_at) VALUES (?, ?, 'dibao', ?, ?, ?, '2024-06', ?, ?, 'ACTIVE', ?, 1, ?, ?)");
                PreparedStatement ch = c.prepareStatement("INSERT INTO enrolment_change (enrolment_id, seq, status,"
                + " effective_on, recorded_at, actor) VALUES (?, 0, 'ACTIVE', ?, ?, 'harness')")) {
            for (int i = 0; i < N; i++) {
                String first17 = String.format("310105%s%03d", java.time.LocalDate.of(1940, 1, 1).plusDays(i / 900)
                        .toString().replace("-", ""), i % 900 + 100);
                String id = first17 + ResidentIdNumber.checkCharacter(first17);
                String hh = "H" + i;
                String street = streets[i % streets.length];
                BigDecimal amount = new BigDecimal(300 + i % 1000).setScale(2);
                String account = String.format("6222%015d", i);
                h.setString(1, hh);
                h.setString(2, street);
                h.setTimestamp(3, at);
                h.setTimestamp(4, at);
                h.addBatch();
                m.setString(1, "P" + i);
                m.setString(2, hh);
                m.setString(3, id);
                m.addBatch();
                claim.setString(1, id);
                claim.setString(2, "P" + i);
                claim.setString(3, hh);
                claim.addBatch();
                cs.setString(1, "C" + i);
                cs.setString(2, hh);
                cs.setString(3, street);
                cs.setDate(4, june);
                cs.setDate(5, june);
                cs.setTimestamp(6, at);
                cs.setTimestamp(7, at);
                cs.addBatch();
                e.setString(1, "E" + i);
                e.setString(2, hh);
                e.setString(3, "C" + i);
                e.setString(4, street);
                e.setBigDecimal(5, amount);
                e.setDate(6, Date.valueOf("2025-06-01"));
                e.setString(7, account);
                e.setDate(8, june);
                e.setTimestamp(9, at);
                e.setTimestamp(10, at);
                e.addBatch();
                ch.setString(1, "E" + i);
                ch.setDate(2, june);
                ch.setTimestamp(3, at);
                ch.addBatch();
                BigDecimal paid = i % 100 == 0 ? amount.add(BigDecimal.ONE) : amount;
                out.write(id + ",dibao,2024-10," + paid.toPlainString() + "," + account + ",PAID\n");
                if (i % 5_000 == 4_999 || i == N - 1) {
                    for (PreparedStatement ps : new PreparedStatement[] {h, m, claim, cs, e, ch}) {
                        ps.executeBatch();
                    }
                }
            }
        }
    }

    private static Reconciliation reconcile(ReconciliationFixture f, Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return f.reconciliations.reconcile(YearMonth.of(2024, 10), in, file.getFileName().toString(),
                    WriteContext.of("harness", null));
        }
    }

    private static long count(Reconciliation r, MismatchKind kind) {
        return r.total().mismatches().stream().filter(k -> k.kind() == kind).mapToLong(MismatchTotal::count).sum();
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        LOG.info("[reconciliation harness] {}", String.format(format, args));
    }
}
