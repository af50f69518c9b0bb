package org.doudi.dci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.doudi.api.monitoring.Warning;

/**
 * Where the death-warning reader stands (record store, program {@code dci}, kind {@code warning-cursor}): the latest
 * raising time it has read ({@code since}) and the ids of the warnings it has read that were raised from
 * {@link #OVERLAP} before it on. Warnings are listed by raising time, but the time is the start of the job that
 * raised them and a job commits in chunks, so more warnings of the same time may follow: the reader re-reads from
 * {@code since - OVERLAP} and skips the ids it has read. Older ids are dropped.
 */
final class WarningCursor {
    static final String KIND = "warning-cursor";
    /** How far before the latest raising time read the reader looks again. */
    static final Duration OVERLAP = Duration.ofMinutes(10);

    private Instant since;
    private final TreeMap<Instant, Set<String>> seen = new TreeMap<>();

    /** A cursor that has read nothing (every warning is new to it). */
    WarningCursor() {
    }

    static WarningCursor parse(JsonNode body) {
        WarningCursor c = new WarningCursor();
        String since = DciJson.text(body, "since");
        c.since = since == null ? null : Instant.parse(since);
        body.path("seen").fields().forEachRemaining(e -> {
            Set<String> ids = c.seen.computeIfAbsent(Instant.parse(e.getKey()), k -> new HashSet<>());
            e.getValue().forEach(id -> ids.add(id.asText()));
        });
        return c;
    }

    ObjectNode toJson() {
        ObjectNode body = DciJson.object().put("since", since == null ? null : since.toString());
        ObjectNode ids = body.putObject("seen");
        seen.forEach((at, set) -> {
            ArrayNode list = ids.putArray(at.toString());
            new TreeSet<>(set).forEach(list::add);
        });
        return body;
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
        Set<String> ids = seen.get(w.raisedAt());
        return ids != null && ids.contains(w.id());
    }

    /** Records {@code w} as read, and forgets the ids raised more than {@link #OVERLAP} before the latest. */
    void mark(Warning w) {
        if (w.raisedAt() == null) {
            return;
        }
        seen.computeIfAbsent(w.raisedAt(), k -> new HashSet<>()).add(w.id());
        if (since == null || w.raisedAt().isAfter(since)) {
            since = w.raisedAt();
        }
        seen.headMap(from(), false).clear();
    }

    /** How many ids it keeps. */
    int size() {
        return seen.values().stream().mapToInt(Set::size).sum();
    }
}
