package org.doudi.api.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A household (家庭) as the API exchanges it. Fields marked <em>derived</em> are computed by the server and
 * ignored on input, so a household read back can be sent again unchanged.
 *
 * @param id                          our id of the household; derived (assigned on creation)
 * @param street                      id of the responsible street, e.g. {@code tianshanlu}
 * @param streetName                  the street's Chinese name; derived
 * @param streetBasis                 why that street serves it (hukou by default)
 * @param committee                   the neighbourhood committee (居委会), optional
 * @param hukouAddress                registered (hukou) address
 * @param residenceAddress            actual residence address
 * @param members                     the members, including ended ones (they keep their end date)
 * @param incomes                     income items
 * @param assets                      assets
 * @param expenditures                rigid expenditures
 * @param memberCount                 members active today; derived
 * @param perCapitaMonthlyIncome      average monthly income over the averaging window per active member; derived
 * @param perCapitaAssets             all assets per active member; derived
 * @param perCapitaMonetaryAssets     cash, deposits and securities per active member; derived
 * @param rigidExpenditureLast12Months rigid expenditure in the 12 months before today; derived
 * @param peopleHouseholdSeparation   人户分离: hukou address differs from residence; derived
 * @param nonLocalMembers             some active member has non-Shanghai hukou; derived
 * @param complexComposition          家庭成员复杂, by the configured rule; derived
 * @param figuresAsOf                 the date the derived figures were computed for; derived
 * @param version                     optimistic-locking version; derived (send it back through {@code If-Match})
 * @param createdAt                   when the household was registered; derived
 * @param updatedAt                   when it last changed; derived
 * @param changeReason                why this write is made; written to the audit trail, never read back
 * @param enrolledPrograms            the programs the household is enrolled in (a live, i.e. active or suspended,
 *                                    enrolment), by program id; derived, for program rules such as "not on dibao"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Household(String id, String street, String streetName, StreetBasis streetBasis, String committee,
        String hukouAddress, String residenceAddress, List<Member> members, List<IncomeItem> incomes,
        List<Asset> assets, List<Expenditure> expenditures, Integer memberCount, BigDecimal perCapitaMonthlyIncome,
        BigDecimal perCapitaAssets, BigDecimal perCapitaMonetaryAssets, BigDecimal rigidExpenditureLast12Months,
        Boolean peopleHouseholdSeparation, Boolean nonLocalMembers, Boolean complexComposition,
        LocalDate figuresAsOf, Long version, Instant createdAt, Instant updatedAt,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String changeReason,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) List<String> enrolledPrograms) {

    /** A household without derived enrolments (what clients send, and what the registry stores). */
    public Household(String id, String street, String streetName, StreetBasis streetBasis, String committee,
            String hukouAddress, String residenceAddress, List<Member> members, List<IncomeItem> incomes,
            List<Asset> assets, List<Expenditure> expenditures, Integer memberCount, BigDecimal perCapitaMonthlyIncome,
            BigDecimal perCapitaAssets, BigDecimal perCapitaMonetaryAssets, BigDecimal rigidExpenditureLast12Months,
            Boolean peopleHouseholdSeparation, Boolean nonLocalMembers, Boolean complexComposition,
            LocalDate figuresAsOf, Long version, Instant createdAt, Instant updatedAt, String changeReason) {
        this(id, street, streetName, streetBasis, committee, hukouAddress, residenceAddress, members, incomes, assets,
                expenditures, memberCount, perCapitaMonthlyIncome, perCapitaAssets, perCapitaMonetaryAssets,
                rigidExpenditureLast12Months, peopleHouseholdSeparation, nonLocalMembers, complexComposition,
                figuresAsOf, version, createdAt, updatedAt, changeReason, null);
    }

    /** True when the household has a live enrolment in {@code programId}. */
    public boolean enrolledIn(String programId) {
        return enrolledPrograms != null && enrolledPrograms.contains(programId);
    }

    /** The same household with its live enrolments. */
    public Household withEnrolledPrograms(List<String> programIds) {
        return new Household(id, street, streetName, streetBasis, committee, hukouAddress, residenceAddress, members,
                incomes, assets, expenditures, memberCount, perCapitaMonthlyIncome, perCapitaAssets,
                perCapitaMonetaryAssets, rigidExpenditureLast12Months, peopleHouseholdSeparation, nonLocalMembers,
                complexComposition, figuresAsOf, version, createdAt, updatedAt, changeReason, programIds);
    }

    /** The same household with other members. */
    public Household withMembers(List<Member> newMembers) {
        return new Household(id, street, streetName, streetBasis, committee, hukouAddress, residenceAddress, newMembers,
                incomes, assets, expenditures, memberCount, perCapitaMonthlyIncome, perCapitaAssets,
                perCapitaMonetaryAssets, rigidExpenditureLast12Months, peopleHouseholdSeparation, nonLocalMembers,
                complexComposition, figuresAsOf, version, createdAt, updatedAt, changeReason, enrolledPrograms);
    }

    /** A new household to register: the writable fields only. */
    public static Household draft(String street, String hukouAddress, String residenceAddress, List<Member> members,
            List<IncomeItem> incomes, List<Asset> assets, List<Expenditure> expenditures) {
        return new Household(null, street, null, null, null, hukouAddress, residenceAddress, members, incomes,
                assets, expenditures, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
