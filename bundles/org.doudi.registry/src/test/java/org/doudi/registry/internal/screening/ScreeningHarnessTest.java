package org.doudi.registry.internal.screening;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.doudi.api.persistence.SchemaMigrations;
import org.doudi.registry.internal.FiguresPolicy;
import org.doudi.registry.internal.HouseholdFigures;
import org.doudi.registry.internal.bulk.CircleRecompute;
import org.doudi.registry.internal.bulk.HouseholdStream;
import org.doudi.registry.internal.bulk.RegistryFixture;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The city-scale figures of issue 6 on this machine: ~400,000 households (~1,000,000 persons) in a file-based
 * embedded Derby under {@code target/doudi-harness}, read in bulk, screened for a dibao-like program (the district
 * and one street), and placed in circles (from nothing, unchanged, with 1 % stale rows). Not part of the test run:
 * {@code mvn -o -pl bundles/org.doudi.api,bundles/org.doudi.registry test -Dtest=ScreeningHarnessTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddoudi.harness=true [-Ddoudi.harness.households=400000]}. The registry is
 * generated once (about 3 minutes) and kept for later runs.
 */
public class ScreeningHarnessTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private static DataSource ds;
    private static long households;

    @BeforeClass
    public static void registry() throws Exception {
        Assume.assumeTrue("the harness runs with -Ddoudi.harness=true", Boolean.getBoolean("doudi.harness"));
        int wanted = Integer.getInteger("doudi.harness.households", 400_000);
        Path dir = Path.of("target", "doudi-harness");
        Files.createDirectories(dir);
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        EmbeddedDataSource d = new EmbeddedDataSource();
        d.setDatabaseName(dir.resolve("db-" + wanted).toAbsolutePath().toString());
        d.setCreateDatabase("create");
        ds = d;
        Map<Integer, URL> scripts = new TreeMap<>();
        for (int v = 1; ; v++) {
            URL url = script(v);
            if (url == null) {
                break;
            }
            scripts.put(v, url);
        }
        SchemaMigrations.apply(ds, "registry", scripts);
        households = count("SELECT COUNT(*) FROM household");
        if (households == 0) {
            long t = System.nanoTime();
            long persons = new SyntheticRegistry().write(ds, wanted);
            log("generated %d households, %d persons in %.1f s", wanted, persons, seconds(t));
            households = wanted;
        }
        log("registry: %d households, %d persons, %d incomes, %d assets, %d tags, %d cases, %d enrolments; page cache %s",
                households, count("SELECT COUNT(*) FROM household_member"), count("SELECT COUNT(*) FROM household_income"),
                count("SELECT COUNT(*) FROM household_asset"), count("SELECT COUNT(*) FROM member_tag"),
                count("SELECT COUNT(*) FROM case_file"), count("SELECT COUNT(*) FROM enrolment"),
                System.getProperty("derby.storage.pageCacheSize", "default (1000 pages)"));
    }

    @Test
    public void readScreenAndPlaceTheCity() throws Exception {
        HouseholdStream stream = new HouseholdStream(ds, RegistryFixture.streets());
        for (int pass = 1; pass <= 2; pass++) { // the first pass warms Derby's cache and the JIT
            long t = System.nanoTime();
            long[] members = {0};
            long read = stream.read(null, null, TODAY, c -> {
                c.households().forEach(h -> members[0] += h.members().size());
                return true;
            });
            double s = seconds(t);
            log("bulk read pass %d: %d households (%d members) in %.1f s = %.0f households/s", pass, read, members[0], s,
                    read / s);
            assertEquals(households, read);
        }

        RecordingJobRun run = new RecordingJobRun("harness-" + System.currentTimeMillis(), Map.of("programId", "dibao",
                "asOf", TODAY.toString()), null);
        ScreeningSettings settings = ScreeningSettings.of(run.parameters, null);
        long t = System.nanoTime();
        String summary = new ScreeningPass(ds, stream, new HouseholdScreening(new FakeDibao(),
                (h, asOf) -> HouseholdFigures.withFigures(h, asOf, FiguresPolicy.DEFAULT), TODAY), settings, run).run();
        double s = seconds(t);
        log("screening: %s in %.1f s = %.0f households/s", summary, s, households / s);
        assertTrue("screening took " + s + " s", s <= 60);

        RecordingJobRun street = new RecordingJobRun("harness-street-" + System.currentTimeMillis(), run.parameters,
                null);
        street.street = "tianshanlu";
        t = System.nanoTime();
        summary = new ScreeningPass(ds, stream, new HouseholdScreening(new FakeDibao(),
                (h, asOf) -> HouseholdFigures.withFigures(h, asOf, FiguresPolicy.DEFAULT), TODAY),
                ScreeningSettings.of(street.parameters, street.street), street).run();
        log("screening one street: %s in %.1f s", summary, seconds(t));

        execute("TRUNCATE TABLE person_circle"); // as after the circles' migration, or a bulk import
        circles("from nothing");
        circles("unchanged");
        long stale; // 3/256 of the rows, computed long ago
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement("UPDATE person_circle"
                + " SET reason = 'stale', computed_at = ? WHERE person_id < '03'")) {
            ps.setTimestamp(1, java.sql.Timestamp.valueOf(TODAY.minusDays(1).atStartOfDay()));
            stale = ps.executeUpdate();
        }
        log("made %d rows stale", stale);
        circles("stale rows");
    }

    private static void circles(String what) throws Exception {
        long t = System.nanoTime();
        CircleRecompute.Result r = new CircleRecompute(ds, RegistryFixture.streets()).run(TODAY, Instant.now());
        double s = seconds(t);
        log("circles, %s: %s in %.1f s = %.0f households/s", what, r, s, r.households() / s);
    }

    private static long execute(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static URL script(int version) throws Exception {
        java.io.File dir = new java.io.File(ScreeningHarnessTest.class.getClassLoader().getResource("db/registry").toURI());
        java.io.File[] match = dir.listFiles((d, n) -> n.startsWith("V" + version + "__") && n.endsWith(".sql"));
        return match != null && match.length == 1 ? match[0].toURI().toURL() : null;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.println("[harness] " + String.format(format, args));
    }
}
