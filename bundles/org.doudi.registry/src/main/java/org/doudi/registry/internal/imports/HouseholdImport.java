package org.doudi.registry.internal.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.registry.internal.HouseholdValidator;
import org.doudi.registry.internal.jobs.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a household import. A reading thread parses, validates and deduplicates the file into chunks
 * ({@link HouseholdSource}); writer threads, each on its own connection, write chunks with plain JDBC batches and
 * commit each together with the job's checkpoint ({@link ChunkCommits}), so a restart resumes after the last
 * committed chunk and neither loses nor repeats a household. Progress is in bytes of the file.
 */
final class HouseholdImport {
    private static final Logger LOG = LoggerFactory.getLogger(HouseholdImport.class);
    /** Deadlock, lock timeout: the chunk is rolled back and written again. */
    private static final List<String> RETRYABLE = List.of("40001", "40XL1", "40XL2");
    private static final int RETRIES = 3;

    private final DataSource dataSource;
    private final HouseholdValidator validator;
    private final DoudiClock clock;
    private final ImportSettings settings;
    private volatile ChunkCommits commits;

    HouseholdImport(DataSource dataSource, HouseholdValidator validator, DoudiClock clock, ImportSettings settings) {
        this.dataSource = dataSource;
        this.validator = validator;
        this.clock = clock;
        this.settings = settings;
    }

    /** Imports {@code run.input()} from its checkpoint on; returns what this run did. */
    ImportOutcome run(JobRun run) throws Exception {
        Path file = run.input();
        if (file == null || !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the import job has no input file");
        }
        run.total(Files.size(file));
        for (String key : ImportOutcome.COUNTS) {
            run.count(key, 0);
        }
        commits = new ChunkCommits(run);
        LocalDate today = clock.today();
        List<Connection> connections = new ArrayList<>();
        try (CsvReader csv = new CsvReader(Files.newInputStream(file))) {
            String[] header = csv.next();
            if (header == null) {
                throw new IllegalArgumentException("the file is empty: a household import starts with a header row");
            }
            RowParser parser = new RowParser(header, today);
            Connection reading = open(connections, true);
            List<ChunkWriter> writers = new ArrayList<>();
            for (int i = 0; i < settings.writers(); i++) {
                writers.add(new ChunkWriter(open(connections, false), run.id(), run.actor(), today, clock,
                        settings.lockTables()));
            }
            try (ImportDuplicates duplicates = new ImportDuplicates(reading)) {
                HouseholdAssembler assembler = new HouseholdAssembler(validator, new SequentialIds(clock.now()),
                        run.street(), today);
                HouseholdSource source = new HouseholdSource(csv, parser, assembler, duplicates, run.checkpoint(),
                        settings.householdsPerChunk());
                write(run, source, writers);
                return commits.outcome();
            } finally {
                for (ChunkWriter w : writers) {
                    w.close();
                }
            }
        } finally {
            for (Connection c : connections) {
                close(c);
            }
        }
    }

    /** What this run committed so far (all of it once {@link #run} returned). */
    ImportOutcome outcome() {
        ChunkCommits c = commits;
        return c == null ? new ImportOutcome(0, 0, 0, 0, 0, 0, 0, 0, false) : c.outcome();
    }

    private void write(JobRun run, HouseholdSource source, List<ChunkWriter> writers) throws Exception {
        BlockingQueue<ImportChunk> queue = new ArrayBlockingQueue<>(writers.size() + 1);
        Stop stop = new Stop();
        Thread reader = new Thread(() -> read(source, queue, stop), "doudi-import-reader-" + run.id());
        reader.setDaemon(true);
        reader.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < writers.size(); i++) {
            ChunkWriter w = writers.get(i);
            Thread t = new Thread(() -> writeChunks(run, w, queue, stop), "doudi-import-writer-" + i + "-" + run.id());
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        writeChunks(run, writers.get(0), queue, stop);
        for (Thread t : threads) {
            t.join();
        }
        stop.set();
        reader.join(TimeUnit.MINUTES.toMillis(1));
        if (stop.failure.get() != null) {
            throw stop.failure.get();
        }
    }

    /** A writer's loop: takes chunks until the file ends, the job is asked to stop, or a writer fails. */
    private void writeChunks(JobRun run, ChunkWriter writer, BlockingQueue<ImportChunk> queue, Stop stop) {
        try {
            while (!stop.isSet()) {
                ImportChunk chunk = queue.poll(200, TimeUnit.MILLISECONDS);
                if (chunk == null) {
                    if (stop.drained || run.cancelRequested()) {
                        return;
                    }
                    continue;
                }
                if (chunk.failure != null) {
                    stop.fail(chunk.failure);
                    return;
                }
                if (chunk.last) {
                    stop.drained = true;
                }
                writeWithRetries(writer, chunk);
                commits.commit(chunk, writer.connection());
                if (run.cancelRequested()) {
                    stop.set();
                }
            }
        } catch (Exception e) {
            writer.rollback();
            stop.fail(e);
        }
    }

    private static void writeWithRetries(ChunkWriter writer, ImportChunk chunk) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.write(chunk);
                return;
            } catch (SQLException e) {
                if (attempt > RETRIES || !RETRYABLE.contains(e.getSQLState())) {
                    throw e;
                }
                LOG.info("Import chunk ending at line {} met a lock conflict ({}); writing it again", chunk.endLine,
                        e.getSQLState());
                writer.rollback();
            }
        }
    }

    private static void read(HouseholdSource source, BlockingQueue<ImportChunk> queue, Stop stop) {
        long[] seq = {0};
        try {
            source.run(chunk -> {
                chunk.seq = seq[0]++;
                return offer(queue, chunk, stop);
            });
        } catch (Exception e) {
            try {
                offer(queue, ImportChunk.failed(e), stop);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean offer(BlockingQueue<ImportChunk> queue, ImportChunk chunk, Stop stop)
            throws InterruptedException {
        while (!stop.isSet()) {
            if (queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    private Connection open(List<Connection> opened, boolean autoCommit) throws SQLException {
        Connection c = dataSource.getConnection();
        opened.add(c);
        c.setAutoCommit(autoCommit);
        return c;
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Closing an import connection failed", e);
        }
    }

    /** Tells the threads of a run to stop, and why. */
    private static final class Stop {
        private volatile boolean set;
        /** The chunk that ends the file was taken: no more will come. */
        volatile boolean drained;
        final AtomicReference<Exception> failure = new AtomicReference<>();

        void set() {
            set = true;
        }

        boolean isSet() {
            return set;
        }

        void fail(Exception e) {
            failure.compareAndSet(null, e);
            set = true;
        }
    }
}
