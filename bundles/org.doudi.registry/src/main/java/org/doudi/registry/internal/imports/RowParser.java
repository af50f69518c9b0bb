package org.doudi.registry.internal.imports;

import static org.doudi.registry.internal.imports.ImportColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.doudi.api.csv.CsvCells;
import org.doudi.api.casework.BankAccounts;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.IdentityTag;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.SelfCare;
import org.doudi.api.registry.Sex;
import org.doudi.api.registry.StreetBasis;
import org.doudi.api.registry.StudentStatus;
import org.doudi.api.registry.WorkAbility;
import org.doudi.registry.internal.casework.CircleRules;

/**
 * Reads one row's cells into a {@link MemberRow}: types, enumerations, dates and amounts. Rules that span a
 * household (one head, unique ID numbers, known streets, …) are the registry validator's.
 */
final class RowParser {
    /** The tag source when the row names none. */
    static final String DEFAULT_SOURCE = "district platform";
    /** The programs a migrated enrolment may name: the ones the circle rules know. */
    static final Set<String> PROGRAMS = Set.of(CircleRules.DIBAO, CircleRules.SPECIAL_HARDSHIP, CircleRules.DIBAO_EDGE,
            CircleRules.RIGID_EXPENDITURE, CircleRules.DISABILITY_SUBSIDY, CircleRules.TEMPORARY_RELIEF);
    private static final Set<ImportColumn> TEXT = Set.of(HOUSEHOLD_REF, COMMITTEE, HUKOU_ADDRESS, RESIDENCE_ADDRESS,
            NAME, TAG_SOURCE, FACTS_SOURCE);
    private static final Map<ImportColumn, IncomeType> INCOMES = new EnumMap<>(Map.of(WAGE_INCOME, IncomeType.WAGE,
            PENSION_INCOME, IncomeType.PENSION, BUSINESS_INCOME, IncomeType.BUSINESS, PROPERTY_INCOME,
            IncomeType.PROPERTY, TRANSFER_INCOME, IncomeType.TRANSFER, OTHER_INCOME, IncomeType.OTHER));
    private static final Map<ImportColumn, AssetType> ASSETS = new EnumMap<>(Map.of(CASH, AssetType.CASH, DEPOSITS,
            AssetType.DEPOSIT, SECURITIES, AssetType.SECURITIES, VEHICLE_VALUE, AssetType.VEHICLE, REAL_ESTATE_VALUE,
            AssetType.REAL_ESTATE, OTHER_ASSETS, AssetType.OTHER));
    private static final Map<ImportColumn, ExpenditureType> EXPENDITURES = new EnumMap<>(Map.of(
            BASIC_LIVING_EXPENDITURE, ExpenditureType.BASIC_LIVING, MEDICAL_EXPENDITURE, ExpenditureType.MEDICAL,
            EDUCATION_EXPENDITURE, ExpenditureType.EDUCATION, REHABILITATION_EXPENDITURE,
            ExpenditureType.DISABILITY_REHABILITATION, OTHER_EXPENDITURE, ExpenditureType.OTHER));

    private final int[] columnAt;
    private final LocalDate today;

    /**
     * @param header the header row's cells
     * @param today  the day the import runs (current assistance cannot start after it)
     * @throws IllegalArgumentException when the header names an unknown column, names one twice or lacks a required one
     */
    RowParser(String[] header, LocalDate today) {
        this.today = today;
        columnAt = new int[header.length];
        boolean[] seen = new boolean[ImportColumn.values().length];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].strip();
            ImportColumn c = ImportColumn.ofHeader(name).orElse(null);
            if (c == null) {
                problems.add("unknown column '" + shorten(name) + "'");
                columnAt[i] = -1;
            } else if (seen[c.ordinal()]) {
                problems.add("column '" + name + "' appears twice");
                columnAt[i] = -1;
            } else {
                seen[c.ordinal()] = true;
                columnAt[i] = c.ordinal();
            }
        }
        for (ImportColumn c : ImportColumn.required()) {
            if (!seen[c.ordinal()]) {
                problems.add("required column '" + c.header() + "' is missing");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the header row is not a household import header: "
                    + String.join("; ", problems));
        }
    }

    /** The row's cells by column, trimmed, empty ones null. */
    String[] cells(String[] record) {
        String[] cells = new String[ImportColumn.values().length];
        for (int i = 0; i < record.length && i < columnAt.length; i++) {
            String v = record[i];
            if (v != null && columnAt[i] >= 0) {
                v = v.strip();
                cells[columnAt[i]] = v.isEmpty() ? null : v;
            }
        }
        return cells;
    }

    /** Parses a row's cells (from {@link #cells}); {@code recordWidth} is the number of cells the line had. */
    MemberRow parse(long line, String[] c, int recordWidth) throws RowException {
        if (recordWidth > columnAt.length) {
            throw new RowException("(row)", "width", "has " + recordWidth + " cells, the header " + columnAt.length);
        }
        for (ImportColumn t : TEXT) {
            String v = c[t.ordinal()];
            if (v != null && CsvCells.isFormula(v)) {
                throw new RowException(t.header(), "formula", "must not start with = + - @ (a spreadsheet formula)");
            }
        }
        enumOf(StreetBasis.class, c, STREET_BASIS);
        String factsSource = c[FACTS_SOURCE.ordinal()];
        LocalDate factsAsOf = date(c, FACTS_AS_OF);
        String tagSource = c[TAG_SOURCE.ordinal()] != null ? c[TAG_SOURCE.ordinal()]
                : factsSource != null ? factsSource : DEFAULT_SOURCE;
        Member member = new Member(null, c[ID_NUMBER.ordinal()], bool(c, WITHOUT_ID_NUMBER), c[NAME.ordinal()],
                enumOf(Relation.class, c, RELATION), enumOf(Sex.class, c, SEX), date(c, BIRTH_DATE),
                bool(c, HUKOU_LOCAL), enumOf(DisabilityCategory.class, c, DISABILITY_CATEGORY),
                integer(c, DISABILITY_GRADE), enumOf(HealthStatus.class, c, HEALTH_STATUS),
                enumOf(WorkAbility.class, c, WORK_ABILITY), enumOf(EmploymentStatus.class, c, EMPLOYMENT_STATUS),
                enumOf(StudentStatus.class, c, STUDENT_STATUS), enumOf(SelfCare.class, c, SELF_CARE),
                tags(c[TAGS.ordinal()], tagSource), date(c, ENDED_ON), enumOf(EndReason.class, c, END_REASON));
        List<MemberRow.Located<IncomeItem>> incomes = new ArrayList<>(1);
        for (Map.Entry<ImportColumn, IncomeType> e : INCOMES.entrySet()) {
            BigDecimal amount = amount(c, e.getKey());
            if (amount != null) {
                incomes.add(new MemberRow.Located<>(new IncomeItem(null, null, e.getValue(), amount, null, null,
                        factsSource, factsAsOf), e.getKey()));
            }
        }
        List<MemberRow.Located<Asset>> assets = new ArrayList<>(1);
        BigDecimal area = decimal(c, REAL_ESTATE_AREA);
        for (Map.Entry<ImportColumn, AssetType> e : ASSETS.entrySet()) {
            BigDecimal value = amount(c, e.getKey());
            if (value != null || (e.getValue() == AssetType.REAL_ESTATE && area != null)) {
                assets.add(new MemberRow.Located<>(new Asset(null, null, e.getValue(),
                        value == null ? BigDecimal.ZERO.setScale(2) : value,
                        e.getValue() == AssetType.REAL_ESTATE ? area : null, factsSource, factsAsOf), e.getKey()));
            }
        }
        List<MemberRow.Located<Expenditure>> expenditures = new ArrayList<>(1);
        for (Map.Entry<ImportColumn, ExpenditureType> e : EXPENDITURES.entrySet()) {
            BigDecimal amount = amount(c, e.getKey());
            if (amount != null) {
                if (factsAsOf == null) {
                    throw new RowException(FACTS_AS_OF.header(), "required", "is required with an expenditure");
                }
                expenditures.add(new MemberRow.Located<>(new Expenditure(null, null, e.getValue(), amount,
                        factsAsOf.minusMonths(12).plusDays(1), factsAsOf, factsSource), e.getKey()));
            }
        }
        return new MemberRow(line, c, member, incomes, assets, expenditures, enrolment(c, member.relation()));
    }

    private MigratedEnrolment enrolment(String[] c, Relation relation) throws RowException {
        String program = c[ENROLLED_PROGRAM.ordinal()];
        if (program == null) {
            for (ImportColumn e : ImportColumn.ENROLMENT) {
                if (c[e.ordinal()] != null) {
                    throw new RowException(ENROLLED_PROGRAM.header(), "required", "is required with " + e.header());
                }
            }
            return null;
        }
        if (relation != Relation.HEAD) {
            throw new RowException(ENROLLED_PROGRAM.header(), "headRow",
                    "current assistance belongs on the head's row");
        }
        program = program.toLowerCase(Locale.ROOT);
        if (!PROGRAMS.contains(program)) {
            throw new RowException(ENROLLED_PROGRAM.header(), "knownProgram", "'" + shorten(program)
                    + "' is not one of " + PROGRAMS.stream().sorted().toList());
        }
        LocalDate since = date(c, ENROLLED_SINCE);
        if (since == null) {
            throw new RowException(ENROLLED_SINCE.header(), "required", "is required with enrolledProgram");
        }
        if (since.isAfter(today)) {
            throw new RowException(ENROLLED_SINCE.header(), "notFuture", "must not be after today (" + today + ")");
        }
        BigDecimal amount = decimal(c, ENROLLED_MONTHLY_AMOUNT);
        if (amount == null) {
            throw new RowException(ENROLLED_MONTHLY_AMOUNT.header(), "required",
                    "is required with enrolledProgram (0 for a recognition without cash)");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new RowException(ENROLLED_MONTHLY_AMOUNT.header(), "amount",
                    "must be 0 to 999999.99 yuan with at most two decimals, was " + amount.toPlainString());
        }
        String account = c[PAYEE_ACCOUNT.ordinal()];
        if (account != null && !BankAccounts.valid(account)) {
            throw new RowException(PAYEE_ACCOUNT.header(), "format", "must be 12 to 30 digits");
        }
        if (account == null && amount.signum() > 0) {
            throw new RowException(PAYEE_ACCOUNT.header(), "required", "a program that pays monthly needs the account");
        }
        return new MigratedEnrolment(program, since, amount.setScale(2),
                account == null ? null : account.replaceAll("\\s+", ""));
    }

    private static List<IdentityTag> tags(String cell, String source) throws RowException {
        if (cell == null) {
            return List.of();
        }
        List<IdentityTag> tags = new ArrayList<>(2);
        for (String part : cell.split("\\|")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.indexOf(':');
            LocalDate since = null;
            if (colon >= 0) {
                since = parseDate(TAGS, t.substring(colon + 1).strip());
                t = t.substring(0, colon).strip();
            }
            tags.add(new IdentityTag(t, source, since));
        }
        return tags;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String[] c, ImportColumn column) throws RowException {
        String v = c[column.ordinal()];
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(column.header(), "oneOf", "'" + shorten(v) + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Boolean bool(String[] c, ImportColumn column) throws RowException {
        String v = c[column.ordinal()];
        if (v == null) {
            return null;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return Boolean.TRUE;
            case "false":
            case "0":
                return Boolean.FALSE;
            default:
                throw new RowException(column.header(), "boolean", "'" + shorten(v) + "' is not true or false");
        }
    }

    private static Integer integer(String[] c, ImportColumn column) throws RowException {
        String v = c[column.ordinal()];
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new RowException(column.header(), "integer", "'" + shorten(v) + "' is not a whole number");
        }
    }

    private static LocalDate date(String[] c, ImportColumn column) throws RowException {
        String v = c[column.ordinal()];
        return v == null ? null : parseDate(column, v);
    }

    private static LocalDate parseDate(ImportColumn column, String v) throws RowException {
        try {
            if (v.length() != 10) {
                throw new DateTimeParseException("length", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new RowException(column.header(), "date", "'" + shorten(v) + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A non-zero amount of the column, or null when empty or zero (zero records nothing). */
    private static BigDecimal amount(String[] c, ImportColumn column) throws RowException {
        BigDecimal v = decimal(c, column);
        return v == null || v.signum() == 0 ? null : v;
    }

    private static BigDecimal decimal(String[] c, ImportColumn column) throws RowException {
        String v = c[column.ordinal()];
        if (v == null) {
            return null;
        }
        try {
            if (v.length() > 20) {
                throw new NumberFormatException();
            }
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new RowException(column.header(), "number",
                    "'" + shorten(v) + "' is not a number (yuan, e.g. 1330.00)");
        }
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
