package org.doudi.registry.internal.imports;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a household import file: the shape a district exports from its existing platform.
 *
 * <p>The file is UTF-8 CSV (RFC 4180 quoting; a byte-order mark is ignored) with a header row naming the columns,
 * in any order; unknown or repeated header names refuse the file. There is one row per member; the rows of a
 * household are contiguous and carry the same {@link #HOUSEHOLD_REF}. Household columns are read from the
 * household's first row (later rows may repeat them, but must not contradict them); the current-assistance columns
 * belong on the head's row. Empty cells are absent values. Enumerations take the registry's codes (e.g.
 * {@code HEAD}, {@code FEMALE}, {@code PHYSICAL}), case-insensitively; booleans are {@code true}/{@code false}
 * (also {@code 1}/{@code 0}); dates are {@code yyyy-MM-dd}; amounts are yuan with at most two decimals.
 *
 * <p>Economic facts are per member: monthly incomes by type, assets by type, and rigid expenditure of the 12 months
 * up to {@link #FACTS_AS_OF} by type; a zero or empty amount records nothing. Every row with a fact needs
 * {@link #FACTS_SOURCE} and {@link #FACTS_AS_OF}.
 */
enum ImportColumn {
    /** The source platform's household id: the deduplication key (re-importing it skips the household). */
    HOUSEHOLD_REF("householdRef", true),
    /** The responsible street's id, e.g. {@code tianshanlu}. */
    STREET("street", true),
    /** {@code HUKOU} (default) or {@code RESIDENCE} (only with people-household separation). */
    STREET_BASIS("streetBasis", false),
    /** The neighbourhood committee (居委会). */
    COMMITTEE("committee", false),
    /** The registered (hukou) address. */
    HUKOU_ADDRESS("hukouAddress", true),
    /** The actual residence address. */
    RESIDENCE_ADDRESS("residenceAddress", true),

    /** The member's 18-character resident ID number; empty only with {@link #WITHOUT_ID_NUMBER}. */
    ID_NUMBER("idNumber", true),
    /** {@code true} for a person registered with no ID number at all. */
    WITHOUT_ID_NUMBER("withoutIdNumber", false),
    /** The member's name. */
    NAME("name", true),
    /** Relation to the head: HEAD, SPOUSE, CHILD, PARENT, GRANDPARENT, GRANDCHILD, SIBLING, OTHER. */
    RELATION("relation", true),
    /** MALE or FEMALE; optional with an ID number (which encodes it; must agree). */
    SEX("sex", false),
    /** Optional with an ID number (which encodes it; must agree). */
    BIRTH_DATE("birthDate", false),
    /** {@code true} for Shanghai hukou (本市户籍). */
    HUKOU_LOCAL("hukouLocal", true),
    /** VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE; together with the grade. */
    DISABILITY_CATEGORY("disabilityCategory", false),
    /** 1 (most severe) to 4; together with the category. */
    DISABILITY_GRADE("disabilityGrade", false),
    /** HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS. */
    HEALTH_STATUS("healthStatus", false),
    /** FULL, PARTIAL, NONE. */
    WORK_ABILITY("workAbility", false),
    /** EMPLOYED, FLEXIBLE, UNEMPLOYED, RETIRED, NOT_IN_LABOUR_FORCE. */
    EMPLOYMENT_STATUS("employmentStatus", false),
    /** NONE, PRESCHOOL, COMPULSORY, HIGH_SCHOOL, VOCATIONAL, HIGHER. */
    STUDENT_STATUS("studentStatus", false),
    /** FULL (全自理), PARTIAL (半失能), NONE (全失能). */
    SELF_CARE("selfCare", false),
    /**
     * Identity tags separated by {@code |}, each {@code CODE} or {@code CODE:yyyy-MM-dd} (since), e.g.
     * {@code DIBAO:2022-03-01|FOUND_ON_VISIT}.
     */
    TAGS("tags", false),
    /** Who asserted the tags; defaults to {@link #FACTS_SOURCE}, else "district platform". */
    TAG_SOURCE("tagSource", false),
    /** The date the person left the household (died, moved out); with {@link #END_REASON}. */
    ENDED_ON("endedOn", false),
    /** DECEASED, MOVED_OUT, OTHER. */
    END_REASON("endReason", false),

    /** Wages, yuan a month. */
    WAGE_INCOME("wageIncome", false),
    /** Pensions, yuan a month. */
    PENSION_INCOME("pensionIncome", false),
    /** Business income, yuan a month. */
    BUSINESS_INCOME("businessIncome", false),
    /** Property income, yuan a month. */
    PROPERTY_INCOME("propertyIncome", false),
    /** Transfer income, yuan a month. */
    TRANSFER_INCOME("transferIncome", false),
    /** Other income, yuan a month. */
    OTHER_INCOME("otherIncome", false),
    /** Cash, yuan. */
    CASH("cash", false),
    /** Bank deposits, yuan. */
    DEPOSITS("deposits", false),
    /** Securities, yuan. */
    SECURITIES("securities", false),
    /** Vehicles, value in yuan. */
    VEHICLE_VALUE("vehicleValue", false),
    /** Real estate, value in yuan. */
    REAL_ESTATE_VALUE("realEstateValue", false),
    /** Real estate, floor area in square metres (with {@link #REAL_ESTATE_VALUE}). */
    REAL_ESTATE_AREA("realEstateArea", false),
    /** Other assets, yuan. */
    OTHER_ASSETS("otherAssets", false),
    /** Rigid expenditure on basic living over the 12 months up to {@link #FACTS_AS_OF}, yuan. */
    BASIC_LIVING_EXPENDITURE("basicLivingExpenditure", false),
    /** Out-of-pocket medical expenditure over the 12 months, yuan. */
    MEDICAL_EXPENDITURE("medicalExpenditure", false),
    /** Education expenditure over the 12 months, yuan. */
    EDUCATION_EXPENDITURE("educationExpenditure", false),
    /** Disability rehabilitation expenditure over the 12 months, yuan. */
    REHABILITATION_EXPENDITURE("rehabilitationExpenditure", false),
    /** Other rigid expenditure over the 12 months, yuan. */
    OTHER_EXPENDITURE("otherExpenditure", false),
    /** Where the row's economic facts come from (a department, the verification report). */
    FACTS_SOURCE("factsSource", false),
    /** The date the source established the row's facts; expenditure covers the 12 months up to it. */
    FACTS_AS_OF("factsAsOf", false),

    /** Head's row: the program the household receives today (dibao, special-hardship, dibao-edge, …). */
    ENROLLED_PROGRAM("enrolledProgram", false),
    /** Head's row: the date the assistance was granted (its first month is paid). */
    ENROLLED_SINCE("enrolledSince", false),
    /** Head's row: the monthly amount paid, yuan (0 for recognitions without cash, e.g. dibao-edge). */
    ENROLLED_MONTHLY_AMOUNT("enrolledMonthlyAmount", false),
    /** Head's row: the account the benefit is paid to, 12 to 30 digits; required when an amount is paid. */
    PAYEE_ACCOUNT("payeeAccount", false);

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn c : values()) {
            BY_HEADER.put(c.header, c);
        }
    }

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name in the header row. */
    String header() {
        return header;
    }

    /** The column with this header name. */
    static Optional<ImportColumn> ofHeader(String name) {
        return Optional.ofNullable(BY_HEADER.get(name));
    }

    /** The columns every file must have. */
    static Set<ImportColumn> required() {
        Set<ImportColumn> out = EnumSet.noneOf(ImportColumn.class);
        for (ImportColumn c : values()) {
            if (c.required) {
                out.add(c);
            }
        }
        return out;
    }

    /** The household columns, read from a household's first row. */
    static final Set<ImportColumn> HOUSEHOLD = EnumSet.of(STREET, STREET_BASIS, COMMITTEE, HUKOU_ADDRESS,
            RESIDENCE_ADDRESS);

    /** The current-assistance columns, on the head's row. */
    static final Set<ImportColumn> ENROLMENT = EnumSet.of(ENROLLED_PROGRAM, ENROLLED_SINCE, ENROLLED_MONTHLY_AMOUNT,
            PAYEE_ACCOUNT);
}
