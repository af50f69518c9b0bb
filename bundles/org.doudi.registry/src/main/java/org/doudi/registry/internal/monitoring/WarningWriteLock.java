package org.doudi.registry.internal.monitoring;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.doudi.registry.internal.jobs.JobRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serialises the work that raises warnings in this server: a monitoring run, a death batch's comparison, a city
 * results import and the {@link SuspensionSweeper}. Each reads which facts are known and then inserts the new ones;
 * two at once would both find a fact new and the second insert would hit the unique {@code fact_hash}. All of them
 * run in this one bundle of this one server, so a JVM lock is enough; it is fair (first come, first served). A job
 * waiting for it stays RUNNING at 0 % and still answers a cancellation. A second server on the same database is not
 * covered by the lock: {@link WarningWriter} then skips the duplicates, so a duplicate still never fails a job.
 */
final class WarningWriteLock {
    private static final Logger LOG = LoggerFactory.getLogger(WarningWriteLock.class);
    private static final ReentrantLock LOCK = new ReentrantLock(true);

    private WarningWriteLock() {
    }

    /** Waits for the lock; false if the job was cancelled (or the server is stopping) while waiting. */
    static boolean acquire(JobRun run) throws InterruptedException {
        if (LOCK.tryLock()) {
            return true;
        }
        LOG.info("Job {} waits for another job that writes warnings to finish", run.id());
        while (!LOCK.tryLock(1, TimeUnit.SECONDS)) {
            if (run.cancelRequested()) {
                return false;
            }
        }
        return true;
    }

    /** Takes the lock only if it is free now. */
    static boolean tryAcquire() {
        return LOCK.tryLock();
    }

    static void release() {
        LOCK.unlock();
    }
}
