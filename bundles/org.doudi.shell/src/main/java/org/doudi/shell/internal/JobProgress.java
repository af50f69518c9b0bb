package org.doudi.shell.internal;

import java.io.PrintStream;
import org.doudi.api.jobs.Job;
import org.doudi.api.jobs.JobService;

/** Prints a job's state, and with {@code --wait} follows it with a progress bar until it ends. */
final class JobProgress {
    static final int BAR = 30;
    private static final long POLL_MILLIS = 500;

    private JobProgress() {
    }

    static String bar(Job job) {
        int filled = job.percent() * BAR / 100;
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + String.format("%3d%%", job.percent())
                + " " + job.state() + "  " + job.processed() + (job.total() == null ? "" : "/" + job.total())
                + "  " + job.counts();
    }

    /** Follows the job until it ends (Ctrl-C stops following; the job goes on). */
    static Job follow(PrintStream out, JobService jobs, String id) {
        Job job = jobs.find(id).orElseThrow();
        try {
            while (!job.state().isFinal()) {
                out.print("\r" + bar(job));
                out.flush();
                Thread.sleep(POLL_MILLIS);
                job = jobs.find(id).orElseThrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println();
            out.println("Stopped following; job " + id + " goes on (doudi:job-show " + id + ")");
            return job;
        }
        out.println("\r" + bar(job));
        summary(out, job);
        return job;
    }

    static void summary(PrintStream out, Job job) {
        if (job.message() != null) {
            out.println(job.state() + ": " + job.message());
        }
        if (job.errorCount() > 0) {
            out.println(job.errorCount() + " rejected rows; the first:");
            job.errors().stream().limit(10).forEach(e -> out.println("  line " + (e.line() == null ? "-" : e.line())
                    + (e.ref() == null ? "" : " [" + e.ref() + "]") + ": " + e.reason()));
        }
    }

    static void accepted(PrintStream out, Job job) {
        out.println("Job " + job.id() + " " + job.type() + " accepted (" + job.state() + "); follow it with "
                + "doudi:job-show --wait " + job.id());
    }
}
