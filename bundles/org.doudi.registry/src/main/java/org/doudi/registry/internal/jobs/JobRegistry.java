package org.doudi.registry.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.doudi.api.DoudiClock;
import org.doudi.api.DoudiException;
import org.doudi.api.Page;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobError;
import org.doudi.api.jobs.JobQuery;
import org.doudi.api.jobs.JobService;
import org.doudi.api.jobs.JobState;
import org.doudi.api.jobs.JobType;
import org.doudi.registry.internal.RegistrySchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores and runs background jobs. A job is a row in {@code job} from the moment it is accepted; workers run
 * it through its {@link JobKind}; progress is kept in memory and written about once a second, counts and errors
 * with each checkpoint. A job left QUEUED or RUNNING by a stop is resumed from its last checkpoint when the
 * server (and its kind) comes back: nothing a client was told was accepted is lost.
 */
@Component(service = {JobRegistry.class, JobService.class}, configurationPid = "org.doudi.jobs")
@Designate(ocd = JobsConfig.class)
public class JobRegistry implements JobService {
    private static final Logger LOG = LoggerFactory.getLogger(JobRegistry.class);
    private static final long PROGRESS_WRITE_MILLIS = 1000;
    /** Each job holds up to four pooled connections: more workers could drain the pool (16). */
    static final int MAX_WORKERS = 3;
    /** Uploads stop while less than this is free on the data disk, so the database's own writes never fail. */
    static final long DISK_RESERVE_BYTES = 1L << 30;
    /** Inputs of failed jobs are kept this long for inspection, then deleted. */
    static final long FAILED_INPUT_DAYS = 30;

    @Reference(target = "(osgi.jndi.service.name=doudi)")
    private DataSource dataSource;
    @Reference
    private DoudiClock clock;
    @Reference
    private RegistrySchema schema; // the tables exist before the first query

    private final Map<JobType, JobKind> kinds = new ConcurrentHashMap<>();
    private final Map<String, LiveJob> live = new ConcurrentHashMap<>();
    private final Map<String, Long> lastProgressWrite = new ConcurrentHashMap<>();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();

    private volatile JobStore store;
    private volatile ExecutorService workers;
    private volatile boolean stopping;
    private volatile long maxUploadBytes;
    private volatile Path uploads;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindKind(JobKind kind) {
        kinds.put(kind.type(), kind);
        if (workers != null) {
            resumeUnfinished();
        }
    }

    void unbindKind(JobKind kind) {
        kinds.remove(kind.type(), kind);
    }

    @Activate
    void activate(JobsConfig config) throws IOException {
        store = new JobStore(dataSource);
        configure(config);
        int n = Math.max(1, Math.min(MAX_WORKERS, config.workers()));
        workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "doudi-job");
            t.setDaemon(true);
            return t;
        });
        purgeOldInputs();
        resumeUnfinished();
    }

    /** A configuration change keeps running jobs; the number of workers changes at the next start. */
    @Modified
    void configure(JobsConfig config) throws IOException {
        maxUploadBytes = config.maxUploadBytes() > 0 ? config.maxUploadBytes() : JobsConfigDefaults.MAX_UPLOAD;
        uploads = config.uploadDirectory() == null || config.uploadDirectory().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "doudi", "uploads")
                : Path.of(config.uploadDirectory().strip());
        Files.createDirectories(uploads);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true; // running kinds see cancelRequested() and return at their next batch; they stay resumable
        workers.shutdown();
        if (!workers.awaitTermination(20, TimeUnit.SECONDS)) {
            LOG.warn("Background jobs still running at shutdown: {}; they resume at the next start", live.keySet());
            workers.shutdownNow();
        }
    }

    boolean stopping() {
        return stopping;
    }

    JobStore store() {
        return store;
    }

    /** Streams {@code in} to the uploads directory, hashing it; 413 past the configured maximum. */
    public StoredUpload store(InputStream in, String fileName) {
        if (in == null) {
            throw new org.doudi.api.ValidationException("body", "required", "the request has no body");
        }
        Path file = uploads.resolve(UUID.randomUUID() + ".upload");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes = 0;
        try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = digesting.read(buf)) != -1; ) {
                bytes += r;
                if (bytes > maxUploadBytes) {
                    throw new DoudiException(413, "payload-too-large",
                            "the upload is larger than " + maxUploadBytes + " bytes (org.doudi.jobs maxUploadBytes)");
                }
                out.write(buf, 0, r);
                if ((bytes & ((1 << 26) - 1)) < r && uploads.toFile().getUsableSpace() < DISK_RESERVE_BYTES) {
                    throw new DoudiException(503, "disk-full", "the server's data disk is nearly full; the upload"
                            + " was refused so the database keeps room to write. Tell the operator");
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof DoudiException) {
                throw (DoudiException) e;
            }
            throw new DoudiException(400, "upload-failed", "the upload could not be read to its end: " + e.getMessage());
        }
        return new StoredUpload(file, HexFormat.of().formatHex(sha.digest()), bytes, fileName);
    }

    /** Records a QUEUED job and hands it to a worker. {@code upload} may be null. */
    public Job submit(JobType type, String actor, String street, Map<String, String> parameters,
            StoredUpload upload) {
        LiveJob job = new LiveJob(this, UUID.randomUUID().toString(), type, actor, street, parameters,
                upload == null ? null : upload.path(), upload == null ? null : upload.sha256(), clock.now(), 0);
        live.put(job.id(), job); // before the row exists, so a concurrent resume never schedules it twice
        try {
            store.insert(job);
        } catch (SQLException e) {
            live.remove(job.id());
            if (upload != null) {
                deleteQuietly(upload.path());
            }
            throw new IllegalStateException("the job could not be recorded", e);
        }
        schedule(job);
        LOG.info("Job {} {} accepted from {}", job.id(), type, actor);
        return job.view();
    }

    @Override
    public Optional<Job> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        LiveJob j = live.get(id);
        if (j != null) {
            return Optional.of(j.view());
        }
        try {
            return Optional.ofNullable(store.find(id));
        } catch (SQLException e) {
            throw new IllegalStateException("reading job " + id + " failed", e);
        }
    }

    @Override
    public Page<Job> search(JobQuery query) {
        try {
            Page<Job> page = store.search(query);
            List<Job> items = page.items().stream().map(j -> live.containsKey(j.id()) ? live.get(j.id()).view() : j)
                    .toList();
            return new Page<>(items, page.page(), page.size(), page.total());
        } catch (SQLException e) {
            throw new IllegalStateException("listing jobs failed", e);
        }
    }

    @Override
    public Job cancel(String id, String actor) {
        LiveJob j = live.get(id);
        if (j == null) {
            Job stored = find(id).orElseThrow(() -> DoudiException.notFound("job " + id));
            if (stored.state().isFinal()) {
                throw DoudiException.conflict("job " + id + " is already " + stored.state()
                        + "; only a QUEUED or RUNNING job can be cancelled");
            }
            try { // waiting for a worker that is not installed: nothing runs it, so it ends here
                LiveJob waiting = store.resumable(id, this);
                waiting.requestCancel();
                finish(waiting, JobState.CANCELLED, "cancelled by " + actor + " while no worker for "
                        + stored.type() + " was installed");
                return find(id).orElseThrow();
            } catch (SQLException e) {
                throw new IllegalStateException("cancelling job " + id + " failed", e);
            }
        }
        j.requestCancel();
        try {
            store.markCancelRequested(id);
        } catch (SQLException e) {
            LOG.warn("Recording the cancellation of job {} failed; it stops anyway", id, e);
        }
        LOG.info("Job {} cancellation requested by {}", id, actor);
        if (j.state() == JobState.QUEUED && scheduled.remove(id)) {
            finish(j, JobState.CANCELLED, "cancelled by " + actor + " before it started");
        }
        return j.view();
    }

    /** Writes progress about once a second (kinds call {@code processed} often). */
    void progressed(LiveJob j) {
        long now = System.currentTimeMillis();
        Long last = lastProgressWrite.get(j.id());
        if (last != null && now - last < PROGRESS_WRITE_MILLIS) {
            return;
        }
        lastProgressWrite.put(j.id(), now);
        try {
            store.progress(j);
        } catch (SQLException e) {
            LOG.debug("Progress of job {} not written", j.id(), e);
        }
    }

    private void schedule(LiveJob job) {
        scheduled.add(job.id());
        workers.execute(() -> {
            if (!scheduled.remove(job.id())) {
                return; // cancelled while queued
            }
            execute(job);
        });
    }

    private void execute(LiveJob job) {
        JobKind kind = kinds.get(job.type());
        if (kind == null) {
            finish(job, JobState.FAILED, "no worker for " + job.type() + " is installed");
            return;
        }
        if (job.cancelFlag()) {
            finish(job, JobState.CANCELLED, "cancelled before it started");
            return;
        }
        job.start(clock.now());
        progressed(job);
        String summary;
        try {
            summary = kind.run(job);
        } catch (Exception | LinkageError e) {
            if (stopping) {
                LOG.info("Job {} interrupted by shutdown; it resumes at the next start", job.id());
                return;
            }
            LOG.error("Job {} ({}) failed", job.id(), job.type(), e);
            finish(job, JobState.FAILED, failure(e));
            return;
        }
        if (stopping && job.sawStop() && !job.cancelFlag()) {
            LOG.info("Job {} paused by shutdown; it resumes at the next start", job.id());
            live.remove(job.id());
            return;
        }
        finish(job, job.cancelFlag() ? JobState.CANCELLED : JobState.SUCCEEDED,
                job.cancelFlag() ? "cancelled; work done before stays: " + summary : summary);
    }

    static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DoudiException) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return "the job stopped on an unexpected error (" + what + "); work committed before it stays";
    }

    @SuppressWarnings("unchecked")
    private void finish(LiveJob job, JobState state, String message) {
        Object[] rest = job.end(state, message, clock.now());
        try {
            store.finish(job, (List<JobError>) rest[0], (Integer) rest[1], (Long) rest[2]);
        } catch (SQLException e) {
            LOG.error("Recording the end of job {} ({}) failed", job.id(), state, e);
        }
        live.remove(job.id());
        lastProgressWrite.remove(job.id());
        if (state != JobState.FAILED && job.input() != null) {
            deleteQuietly(job.input());
        }
        LOG.info("Job {} {}: {}", job.id(), state, message);
    }

    private synchronized void resumeUnfinished() {
        try {
            for (String id : store.unfinished()) {
                if (live.containsKey(id)) {
                    continue;
                }
                LiveJob job = store.resumable(id, this);
                if (job == null || !kinds.containsKey(job.type())) {
                    continue; // its kind binds later and resumes it then
                }
                LOG.info("Resuming job {} ({}) from checkpoint {}", id, job.type(), job.checkpoint());
                live.put(id, job);
                schedule(job);
            }
        } catch (SQLException e) {
            LOG.error("Looking for unfinished jobs failed; they are resumed at the next start", e);
        }
    }

    /** Deletes uploads no unfinished job reads and older than {@link #FAILED_INPUT_DAYS} (inputs of failed jobs). */
    private void purgeOldInputs() {
        long cutoff = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(FAILED_INPUT_DAYS);
        Set<Path> needed = new java.util.HashSet<>();
        try {
            for (String id : store.unfinished()) {
                LiveJob j = store.resumable(id, this);
                if (j != null && j.input() != null) {
                    needed.add(j.input().toAbsolutePath());
                }
            }
        } catch (SQLException e) {
            LOG.warn("Could not read unfinished jobs; old job inputs are kept", e);
            return;
        }
        try (var files = Files.list(uploads)) {
            files.filter(f -> f.toFile().lastModified() < cutoff && !needed.contains(f.toAbsolutePath()))
                    .forEach(JobRegistry::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not list {} to delete old job inputs", uploads, e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }

    /** Defaults used when the configuration gives none. */
    static final class JobsConfigDefaults {
        static final long MAX_UPLOAD = 4L * 1024 * 1024 * 1024;

        private JobsConfigDefaults() {
        }
    }
}
