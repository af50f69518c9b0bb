package org.doudi.registry.internal.monitoring;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.doudi.api.monitoring.FeedType;
import org.doudi.api.persistence.SchemaMigrations;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Assume;
import org.junit.Test;

/**
 * The performance target of issue 6: feeds of 1,000,000 records in all (about 1 % naming enrolled people) loaded
 * and compared, warnings written, in 60 s or less on embedded Derby with a heap of at most 2 GiB. Runs only with
 * {@code -Ddoudi.harness=true}; the registry (default 1,000,000 persons, {@code -Ddoudi.harness.persons=N}) is built
 * once in {@code target/harness-N} and reused (delete that directory's {@code db} after a change to the
 * migrations). Command:
 * <pre>
 * mvn -B -o -pl bundles/org.doudi.api,bundles/org.doudi.registry test -Dtest=CrossComparisonHarnessTest \
 *     -Ddoudi.harness=true -DargLine=-Xmx2g -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
public class CrossComparisonHarnessTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrossComparisonHarnessTest.class);
    private static final int RECORDS = Integer.getInteger("doudi.harness.records", 1_000_000);
    private static final int PERSONS = Integer.getInteger("doudi.harness.persons", 1_000_000);
    private static final int DEATHS = RECORDS / 50;

    @Test
    public void loadAndCompareAMillionFeedRecords() throws Exception {
        Assume.assumeTrue(Boolean.getBoolean("doudi.harness"));
        Path dir = Path.of("target", "harness-" + PERSONS);
        Files.createDirectories(dir);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
        SchemaMigrations.apply(ds, "registry", scripts());
        SyntheticRegistry registry = new SyntheticRegistry(PERSONS);
        long t = System.nanoTime();
        if (count(ds, "SELECT COUNT(*) FROM person_id_claim") == 0) {
            registry.insert(ds);
            log("registry of %d persons in %d households written in %d ms", PERSONS, registry.households(), ms(t));
        }
        reset(ds);
        Map<FeedType, Path> feeds = feeds(dir, registry);

        MonitoringFixture f = new MonitoringFixture(ds);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long start = System.nanoTime();
        for (Map.Entry<FeedType, Path> e : feeds.entrySet()) {
            long t0 = System.nanoTime();
            RecordingJobRun r = MonitoringFixture.run(UUID.randomUUID().toString(), Map.of(JobParams.FEED_TYPE,
                    e.getKey().id(), JobParams.PERIOD, "2024-10"), e.getValue());
            String summary = f.feedLoad.run(r);
            log("  %-26s %7d records in %6d ms: %s", e.getKey().id(), r.counts.get("loaded"), ms(t0), summary);
        }
        long loaded = System.nanoTime();
        long heapAfterLoad = rt.totalMemory() - rt.freeMemory();
        f.runMonth("2024-10", null);
        long compared = System.nanoTime();
        long heapAfterRun = rt.totalMemory() - rt.freeMemory();
        long loadMs = (loaded - start) / 1_000_000;
        long compareMs = (compared - loaded) / 1_000_000;
        long totalMs = (compared - start) / 1_000_000;
        log("registry %d persons; feeds %d records (%d deaths)", PERSONS, RECORDS, DEATHS);
        log("load (incl. the death batch's immediate comparison): %d ms = %d records/s", loadMs,
                RECORDS * 1000L / Math.max(1, loadMs));
        log("monthly comparison: %d ms = %d records/s; %s", compareMs, RECORDS * 1000L / Math.max(1, compareMs),
                f.summary);
        log("end to end: %d ms; warnings %d; heap used after load %d MB, after run %d MB, max %d MB", totalMs,
                count(ds, "SELECT COUNT(*) FROM warning"), heapAfterLoad >> 20, heapAfterRun >> 20, rt.maxMemory() >> 20);
        long t1 = System.nanoTime();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            int size = RegistryIndex.load(c, null).size();
            log("(breakdown) registry index of %d active ID numbers read in %d ms", size, ms(t1));
            long t2 = System.nanoTime();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT line_no, id_number,"
                    + " fact_date, fact_key, amount, detail FROM feed_record")) {
                long n = 0;
                while (rs.next()) {
                    n++;
                }
                log("(breakdown) %d feed records scanned in %d ms", n, ms(t2));
            }
            c.commit();
        }
        assertTrue("the target is 60 s end to end, took " + totalMs + " ms", totalMs <= 60_000);
    }

    private static Map<FeedType, Path> feeds(Path dir, SyntheticRegistry registry) throws Exception {
        Map<FeedType, Path> feeds = new LinkedHashMap<>();
        List<FeedType> others = new ArrayList<>(List.of(FeedType.values()));
        others.remove(FeedType.DEATH);
        long from = 0;
        feeds.put(FeedType.DEATH, feed(dir, registry, FeedType.DEATH, from, DEATHS));
        from += DEATHS;
        long each = (RECORDS - DEATHS) / others.size();
        for (int i = 0; i < others.size(); i++) {
            long n = i == others.size() - 1 ? RECORDS - from : each;
            feeds.put(others.get(i), feed(dir, registry, others.get(i), from, n));
            from += n;
        }
        return feeds;
    }

    private static Path feed(Path dir, SyntheticRegistry registry, FeedType type, long from, long n) throws Exception {
        Path file = dir.resolve(type.id() + "-" + from + "-" + n + ".csv");
        if (!Files.exists(file)) {
            registry.writeFeed(file, type, from, n);
        }
        return file;
    }

    /** Empties what a previous run left: feeds, warnings, suspensions. */
    private static void reset(EmbeddedDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE TABLE feed_record");
            s.execute("TRUNCATE TABLE warning");
            s.execute("DELETE FROM feed_batch");
            s.execute("DELETE FROM monitoring_run_batch");
            s.execute("DELETE FROM enrolment_change");
            s.execute("UPDATE enrolment SET status = 'ACTIVE', status_reason = NULL, status_since = '2024-01-01'"
                    + " WHERE status <> 'ACTIVE'");
        }
    }

    private static long count(EmbeddedDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<Integer, URL> scripts() throws Exception {
        Map<Integer, URL> scripts = new TreeMap<>();
        URL dir = CrossComparisonHarnessTest.class.getClassLoader().getResource("db/registry");
        File[] files = new File(dir.toURI()).listFiles((d, n) -> n.matches("V\\d+__.*\\.sql"));
        for (File file : files) {
            scripts.put(SchemaMigrations.versionOf(file.getName()), file.toURI().toURL());
        }
        return scripts;
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        LOG.info("[harness] {}", String.format(format, args));
    }
}
