package org.doudi.registry.internal.imports;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.doudi.api.persistence.SchemaMigrations;
import org.doudi.registry.internal.ConfiguredStreetDirectory;
import org.doudi.registry.internal.jobs.RecordingJobRun;
import org.junit.Assume;
import org.junit.Test;

/**
 * The import's measurement harness (never part of the normal suite): generates a synthetic registry with
 * {@code benchmarks/src/Synthetic.java} and imports it into a file-based Derby database under {@code target/}.
 *
 * <pre>
 * mvn -o -pl bundles/org.doudi.registry test -Dtest=HouseholdImportHarnessTest -Ddoudi.harness=true \
 *     -Ddoudi.harness.persons=1000000 -Dderby.storage.pageCacheSize=40000
 * </pre>
 *
 * Properties: {@code doudi.harness.persons} (default 200000), {@code doudi.harness.chunk} (households per commit),
 * {@code doudi.harness.writers}, {@code doudi.harness.lockTables},
 * {@code doudi.harness.dir} (where the database and the file go, default {@code target/harness}),
 * {@code doudi.harness.keep} (keep the database). Derby settings are passed as {@code -Dderby.*}.
 */
public class HouseholdImportHarnessTest {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HouseholdImportHarnessTest.class);

    @Test
    public void importsASyntheticRegistryIntoFileDerby() throws Exception {
        Assume.assumeTrue(Boolean.getBoolean("doudi.harness"));
        long persons = Long.getLong("doudi.harness.persons", 200_000);
        ImportSettings settings = new ImportSettings(
                Integer.getInteger("doudi.harness.chunk", HouseholdImportJob.DEFAULT_HOUSEHOLDS_PER_COMMIT),
                Integer.getInteger("doudi.harness.writers", HouseholdImportJob.DEFAULT_WRITERS),
                Boolean.parseBoolean(System.getProperty("doudi.harness.lockTables",
                        Boolean.toString(HouseholdImportJob.DEFAULT_LOCK_TABLES))));
        Path dir = Paths.get(System.getProperty("doudi.harness.dir", "target/harness")).toAbsolutePath();
        Files.createDirectories(dir);
        Path csv = dir.resolve("registry-" + persons + ".csv");
        if (!Files.exists(csv)) {
            generate(persons, csv);
        }
        Path db = dir.resolve("db-" + System.currentTimeMillis());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setCreateDatabase("create");
        SchemaMigrations.apply(ds, "registry", scripts());

        RecordingJobRun run = new RecordingJobRun("harness", Map.of(HouseholdImports.FILE_NAME, csv.toString()), csv);
        HouseholdImportJob job = new HouseholdImportJob(ds, new ConfiguredStreetDirectory(), ImportFiles.CLOCK,
                (jobId, actor, reason, payload) -> { }, settings);
        ThreadCpu cpu = new ThreadCpu();
        long t0 = System.nanoTime();
        String summary = job.run(run);
        double seconds = (System.nanoTime() - t0) / 1e9;
        cpu.stop();
        long imported = run.counts.get(ImportOutcome.PERSONS);
        LOG.info(String.format("HARNESS persons=%d households=%d %s seconds=%.1f persons/s=%.0f derby=%s heapUsedMiB=%d",
                imported, run.counts.get(ImportOutcome.HOUSEHOLDS), settings, seconds, imported / seconds,
                derbySettings(),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
        LOG.info("HARNESS {}; errors {}", summary, run.errors.size());
        double busiest = Math.max(cpu.writerSeconds(), cpu.readerSeconds());
        LOG.info(String.format("HARNESS cpu: writer %.1f s, reader %.1f s; on cores of its own the run would take %.1f s"
                + " (%.0f persons/s)", cpu.writerSeconds(), cpu.readerSeconds(), busiest, imported / busiest));
        assertEquals(persons, imported);
        assertEquals(persons, count(ds, "SELECT COUNT(*) FROM person_circle"));
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(db.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a shutdown with an exception
        }
        if (!Boolean.getBoolean("doudi.harness.keep")) {
            try (Stream<Path> files = Files.walk(db)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** CPU time of the import's threads: the writer (this thread and any writer threads) and the reader. */
    private static final class ThreadCpu {
        private final java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        private final long mainStart = mx.getCurrentThreadCpuTime();
        private final Map<Long, Long> lastSeen = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<Long, Boolean> isReader = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "harness-cpu-sampler");
                    t.setDaemon(true);
                    return t;
                });
        private long mainEnd;

        ThreadCpu() {
            sampler.scheduleAtFixedRate(this::sample, 0, 100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        private void sample() {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("doudi-import-")) {
                    long ns = mx.getThreadCpuTime(t.getId());
                    if (ns > 0) {
                        lastSeen.put(t.getId(), ns);
                        isReader.put(t.getId(), t.getName().startsWith("doudi-import-reader"));
                    }
                }
            }
        }

        void stop() throws InterruptedException {
            mainEnd = mx.getCurrentThreadCpuTime();
            sampler.shutdown();
            sampler.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        }

        double readerSeconds() {
            return lastSeen.entrySet().stream().filter(e -> isReader.get(e.getKey())).mapToLong(Map.Entry::getValue)
                    .sum() / 1e9;
        }

        double writerSeconds() {
            long others = lastSeen.entrySet().stream().filter(e -> !isReader.get(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            return (mainEnd - mainStart + others) / 1e9;
        }
    }

    private static void generate(long persons, Path csv) throws Exception {
        Path generator = Paths.get("../../benchmarks/src/Synthetic.java").toAbsolutePath().normalize();
        Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                generator.toString(), "registry", Long.toString(persons), csv.toString()).inheritIO().start();
        assertEquals("the generator ran", 0, p.waitFor());
    }

    private static Map<Integer, URL> scripts() throws Exception {
        Map<Integer, URL> scripts = new TreeMap<>();
        URL dir = HouseholdImportHarnessTest.class.getClassLoader().getResource("db/registry");
        File[] files = new File(dir.toURI()).listFiles((d, n) -> n.matches("V\\d+__.*\\.sql"));
        for (File f : files) {
            scripts.put(SchemaMigrations.versionOf(f.getName()), f.toURI().toURL());
        }
        return scripts;
    }

    private static String derbySettings() {
        StringBuilder s = new StringBuilder();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("derby.")).sorted()
                .forEach(n -> s.append(n).append('=').append(System.getProperty(n)).append(' '));
        return s.length() == 0 ? "(defaults)" : s.toString().strip();
    }

    private static long count(EmbeddedDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
