package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doudi.api.monitoring.Warning;

/**
 * Where the death-warning reader stands (record store, program {@code dci}, kind {@code warning-cursor}): the latest
 * raising time it has read ({@code since}) and which warnings raised from {@link #OVERLAP} before it on it has read.
 * Warnings are listed by raising time, but the time is the start of the job that raised them and a job commits in
 * chunks, so more warnings of the same time may follow: the reader re-reads from {@code since - OVERLAP} and skips
 * those it has read. They are kept as 64-bit digests of their ids, packed by raising time into one base64 text
 * ({@code read}) of at most {@link #MAX_BYTES}, so the record stays below the store's 1 MiB even for a job of many
 * thousand warnings; beyond that the earliest are forgotten, and a forgotten warning read again queues nothing twice (its
 * notices are keyed by the warning in the outbox). Older ones are dropped.
 */
final class WarningCursor {
    static final String KIND = "warning-cursor";
    /** How far before the latest raising time read the reader looks again. */
    static final Duration OVERLAP = Duration.ofMinutes(10);
    /**
     * At most this many bytes of packed digests are kept (about 670 KB as base64): 75,000 warnings of one raising
     * time, fewer when they were raised at many different times.
     */
    static final int MAX_BYTES = 600_000;
    private static final int GROUP_BYTES = Long.BYTES + 2 * Integer.BYTES;

    private Instant since;
    private final TreeMap<Instant, TreeSet<Long>> seen = new TreeMap<>();
    private int size;

    /** A cursor that has read nothing (every warning is new to it). */
    WarningCursor() {
    }

    static WarningCursor parse(JsonNode body) {
        WarningCursor c = new WarningCursor();
        String since = DciJson.text(body, "since");
        c.since = since == null ? null : Instant.parse(since);
        body.path("seen").fields().forEachRemaining(e -> {
            TreeSet<Long> ids = c.seen.computeIfAbsent(Instant.parse(e.getKey()), k -> new TreeSet<>());
            e.getValue().forEach(id -> ids.add(digest(id.asText())));
        });
        String packed = DciJson.text(body, "read");
        if (packed != null) {
            ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(packed));
            while (b.remaining() >= GROUP_BYTES) {
                Instant at = Instant.ofEpochSecond(b.getLong(), b.getInt());
                int n = b.getInt();
                TreeSet<Long> ids = c.seen.computeIfAbsent(at, k -> new TreeSet<>());
                for (int i = 0; i < n && b.remaining() >= Long.BYTES; i++) {
                    ids.add(b.getLong());
                }
            }
        }
        c.size = c.seen.values().stream().mapToInt(TreeSet::size).sum();
        c.trim();
        return c;
    }

    ObjectNode toJson() {
        ObjectNode body = DciJson.object().put("since", since == null ? null : since.toString());
        ByteBuffer b = ByteBuffer.allocate(bytes());
        seen.forEach((at, set) -> {
            b.putLong(at.getEpochSecond()).putInt(at.getNano()).putInt(set.size());
            set.forEach(b::putLong);
        });
        return body.put("read", Base64.getEncoder().encodeToString(b.array()));
    }

    /** The earliest raising time to read, or null: every warning. */
    Instant from() {
        return since == null ? null : since.minus(OVERLAP);
    }

    Instant since() {
        return since;
    }

    /** The warnings of {@code read} not read before, once each, in the order they were raised (time, then id). */
    List<Warning> fresh(Collection<Warning> read) {
        Instant from = from();
        Map<String, Warning> out = new LinkedHashMap<>();
        for (Warning w : read) {
            if (w.raisedAt() != null && (from == null || !w.raisedAt().isBefore(from)) && !seen(w)) {
                out.putIfAbsent(w.id(), w);
            }
        }
        List<Warning> sorted = new ArrayList<>(out.values());
        sorted.sort(Comparator.comparing(Warning::raisedAt).thenComparing(Warning::id));
        return sorted;
    }

    boolean seen(Warning w) {
        TreeSet<Long> ids = seen.get(w.raisedAt());
        return ids != null && ids.contains(digest(w.id()));
    }

    /** Records {@code w} as read, and forgets those raised more than {@link #OVERLAP} before the latest. */
    void mark(Warning w) {
        if (w.raisedAt() == null) {
            return;
        }
        if (seen.computeIfAbsent(w.raisedAt(), k -> new TreeSet<>()).add(digest(w.id()))) {
            size++;
        }
        if (since == null || w.raisedAt().isAfter(since)) {
            since = w.raisedAt();
        }
        trim();
    }

    private void trim() {
        if (since != null) {
            Map<Instant, TreeSet<Long>> old = seen.headMap(from(), false);
            old.values().forEach(s -> size -= s.size());
            old.clear();
        }
        while (bytes() > MAX_BYTES && !seen.isEmpty()) {
            Map.Entry<Instant, TreeSet<Long>> first = seen.firstEntry();
            first.getValue().pollFirst();
            size--;
            if (first.getValue().isEmpty()) {
                seen.remove(first.getKey());
            }
        }
    }

    /** The size of the packed form: per raising time its time and count, then 8 bytes per warning. */
    private int bytes() {
        return seen.size() * GROUP_BYTES + size * Long.BYTES;
    }

    /** How many warnings it keeps. */
    int size() {
        return size;
    }

    /** The first 8 bytes of the SHA-256 of {@code id}. */
    static long digest(String id) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)))
                    .getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
