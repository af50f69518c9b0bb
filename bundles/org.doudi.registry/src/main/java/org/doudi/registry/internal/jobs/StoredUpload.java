package org.doudi.registry.internal.jobs;

import java.nio.file.Path;

/**
 * An uploaded file kept on disk for the job that reads it (so the job survives the client and a restart).
 *
 * @param path     where it is stored
 * @param sha256   its SHA-256, hex
 * @param bytes    its size
 * @param fileName the name the client gave, or null
 */
public record StoredUpload(Path path, String sha256, long bytes, String fileName) {
}
