package org.doudi.registry.internal.supervision.filecheck;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.supervision.FileCheck;
import org.doudi.api.supervision.FileCheckCase;
import org.doudi.api.supervision.FileCheckFinding;
import org.doudi.api.supervision.FileCheckFindingStatus;
import org.doudi.api.supervision.FileCheckStreet;
import org.doudi.registry.internal.entity.FileCheckCaseEntity;
import org.doudi.registry.internal.entity.FileCheckEntity;
import org.doudi.registry.internal.entity.FileCheckFindingEntity;
import org.doudi.registry.internal.entity.FileCheckStreetRow;

/** Rows as the API's records, with {@code overdue} computed for today and each street's counts. */
final class FileCheckViews {

    private FileCheckViews() {
    }

    static List<String> items(FileCheckEntity c) {
        return List.of(c.getItems().split("\n"));
    }

    /**
     * The check with its streets' counts; with its cases when {@code withCases}. {@code findings} are by sample id
     * (the {@link FileCheckCaseEntity}'s id).
     */
    static FileCheck of(FileCheckEntity c, List<FileCheckCaseEntity> cases,
            Map<String, List<FileCheckFindingEntity>> findings, LocalDate today, boolean withCases) {
        List<String> items = items(c);
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<FileCheckCase> views = new ArrayList<>();
        for (FileCheckCaseEntity s : cases) {
            List<FileCheckFindingEntity> own = findings.getOrDefault(s.getId(), List.of());
            int[] n = counts.computeIfAbsent(s.getStreet(), x -> new int[4]);
            n[0] += s.getReviewedAt() == null ? 0 : 1;
            for (FileCheckFindingEntity f : own) {
                n[1]++;
                n[2] += f.getStatus() == FileCheckFindingStatus.OPEN ? 1 : 0;
                n[3] += overdue(f, today) ? 1 : 0;
            }
            views.add(of(c, s, own, items, today));
        }
        List<FileCheckStreet> streets = new ArrayList<>();
        for (FileCheckStreetRow r : c.getStreets()) {
            int[] n = counts.getOrDefault(r.getStreet(), new int[4]);
            streets.add(new FileCheckStreet(r.getStreet(), r.getPopulation(), r.getSampled(), n[0], n[1], n[2], n[3]));
        }
        return new FileCheck(c.getId(), c.getMonth(), c.getSeed(), c.getSizePerStreet(), items, c.getDrawnBy(),
                c.getDrawnAt().toInstant(ZoneOffset.UTC), streets, withCases ? views : null, c.getVersion());
    }

    static FileCheckCase of(FileCheckEntity c, FileCheckCaseEntity s, List<FileCheckFindingEntity> findings,
            List<String> items, LocalDate today) {
        List<FileCheckFinding> views = findings.stream().map(f -> of(f, c.getId(), c.getMonth(), s, today)).toList();
        return new FileCheckCase(s.getCaseId(), s.getHouseholdId(), s.getProgramId(), s.getStreet(), s.getCaseStatus(),
                s.getDecidedOn(), items, s.getReviewedBy(),
                s.getReviewedAt() == null ? null : s.getReviewedAt().toInstant(ZoneOffset.UTC), s.getReviewNote(), views);
    }

    static FileCheckFinding of(FileCheckFindingEntity f, String checkId, String month, FileCheckCaseEntity s,
            LocalDate today) {
        boolean late = f.getCorrectedOn() != null && f.getCorrectedOn().isAfter(f.getDueOn());
        return new FileCheckFinding(checkId, month, s.getCaseId(), s.getStreet(), f.getNumber(), f.getCategory(),
                f.getItem(), f.getDescription(), f.getRequiredCorrection(), f.getDueOn(), f.getStatus(),
                overdue(f, today), late, f.getRecordedBy(), f.getRecordedAt().toInstant(ZoneOffset.UTC),
                f.getCorrectedOn(), f.getCorrection(), f.getClosedBy(),
                f.getClosedAt() == null ? null : f.getClosedAt().toInstant(ZoneOffset.UTC));
    }

    static boolean overdue(FileCheckFindingEntity f, LocalDate today) {
        return f.getStatus() == FileCheckFindingStatus.OPEN && today.isAfter(f.getDueOn());
    }

    /** The items joined for storage, one per line. */
    static String joined(String[] items) {
        return String.join("\n", Arrays.stream(items).map(String::strip).toList());
    }
}
