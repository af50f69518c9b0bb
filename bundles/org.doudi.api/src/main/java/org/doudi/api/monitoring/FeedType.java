package org.doudi.api.monitoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of fact partner departments send. Every record names a person by ID number, a date and a fact; the
 * CSV header needs {@code idNumber}, {@code date} and this type's {@link #requiredColumns()}; the
 * {@link #keyColumn()} is the fact's identity (with the person, type and date) for deduplication.
 */
public enum FeedType {
    /** Deaths (公安/民政 death registrations). The date is the date of death. */
    DEATH("death", "公安局/殡葬管理", List.of(), null, null, SuggestedAction.STOP_PAYMENT),
    /** Employment / social-insurance contributions: the date the contributions start; {@code monthlyWage}. */
    EMPLOYMENT("employment", "人社局", List.of("employer", "monthlyWage"), "employer", "monthlyWage",
            SuggestedAction.RECHECK_INCOME),
    /** A pension granted or paid: the date it starts; {@code monthlyAmount}. */
    PENSION("pension", "人社局", List.of("monthlyAmount"), "scheme", "monthlyAmount",
            SuggestedAction.RECHECK_INCOME),
    /** A criminal sentence: the date of judgment; {@code caseNumber}, {@code sentence}. */
    CRIMINAL_SENTENCE("criminal-sentence", "司法局/法院", List.of("caseNumber"), "caseNumber", null,
            SuggestedAction.RECHECK_ELIGIBILITY),
    /** Real estate registered: the registration date; {@code propertyId}, optional value and floor area. */
    REAL_ESTATE("real-estate", "规划资源局", List.of("propertyId"), "propertyId", "value",
            SuggestedAction.RECHECK_ASSETS),
    /** A vehicle registered: the registration date; {@code plate}, optional value. */
    VEHICLE("vehicle", "公安局交警", List.of("plate"), "plate", "value", SuggestedAction.RECHECK_ASSETS),
    /** A business registered: the registration date; {@code registrationNumber}. */
    BUSINESS_REGISTRATION("business-registration", "市场监管局", List.of("registrationNumber"),
            "registrationNumber", "capital", SuggestedAction.RECHECK_INCOME),
    /** A large out-of-pocket medical expense: the settlement date; {@code amount}. */
    MEDICAL_EXPENSE("medical-expense", "医保局", List.of("amount"), "hospital", "amount",
            SuggestedAction.CHECK_NEW_ASSISTANCE),
    /** A disability certified: the certification date; {@code category}, {@code grade} (1–4). */
    DISABILITY_CERTIFICATION("disability-certification", "残联", List.of("category", "grade"), "grade", null,
            SuggestedAction.CHECK_NEW_ASSISTANCE),
    /** A school enrolment: the enrolment date; {@code school}. */
    SCHOOL_ENROLMENT("school-enrolment", "教育局", List.of("school"), "school", null,
            SuggestedAction.CHECK_NEW_ASSISTANCE);

    private final String id;
    private final String department;
    private final List<String> requiredColumns;
    private final String keyColumn;
    private final String amountColumn;
    private final SuggestedAction action;

    FeedType(String id, String department, List<String> requiredColumns, String keyColumn, String amountColumn,
            SuggestedAction action) {
        this.id = id;
        this.department = department;
        this.requiredColumns = requiredColumns;
        this.keyColumn = keyColumn;
        this.amountColumn = amountColumn;
        this.action = action;
    }

    /** The id used in URLs, files and JSON, e.g. {@code real-estate}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The department that usually sends it (a default for the batch's source). */
    public String department() {
        return department;
    }

    /** Columns this type needs besides {@code idNumber} and {@code date}. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The column that identifies the fact (with person, type and date), or null: the date alone does. */
    public String keyColumn() {
        return keyColumn;
    }

    /** The column holding the fact's amount in yuan, or null. */
    public String amountColumn() {
        return amountColumn;
    }

    /** What a caseworker should do about a matched record of an enrolled person. */
    public SuggestedAction action() {
        return action;
    }

    /** The type with this id (or, leniently, this constant name) in JSON. */
    @JsonCreator
    public static FeedType fromJson(String value) {
        return ofId(value).or(() -> Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("unknown feed type " + value));
    }

    /** The type with this id. */
    public static Optional<FeedType> ofId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
