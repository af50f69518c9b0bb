package org.doudi.registry.internal.imports;

/**
 * How an import writes.
 *
 * @param householdsPerChunk households written and committed together with the checkpoint
 * @param writers            writer threads, each on its own connection (chunks commit in any order; the
 *                           checkpoint follows file order)
 * @param lockTables         take the tables' exclusive locks per chunk (see {@link ChunkWriter})
 */
record ImportSettings(int householdsPerChunk, int writers, boolean lockTables) {

    ImportSettings {
        householdsPerChunk = Math.max(1, householdsPerChunk);
        writers = Math.max(1, Math.min(8, writers));
    }
}
