package org.doudi.registry.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.Household;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.Member;

/**
 * Derives a household's figures as of a date (SPEC §1): per-capita monthly income averaged over the months
 * before that date, per-capita assets, rigid expenditure of the last 12 months, and the flags
 * people-household separation, non-local members and complex composition.
 */
public final class HouseholdFigures {

    private static final Set<AssetType> MONETARY = Set.of(AssetType.CASH, AssetType.DEPOSIT, AssetType.SECURITIES);

    private HouseholdFigures() {
    }

    /** The household with every derived field filled for {@code asOf}. */
    public static Household withFigures(Household h, LocalDate asOf, FiguresPolicy policy) {
        List<Member> active = h.members().stream().filter(m -> m.activeOn(asOf)).collect(Collectors.toList());
        Set<String> activeIds = active.stream().map(Member::personId).collect(Collectors.toSet());
        int n = active.size();
        BigDecimal income = perCapita(averageMonthlyIncome(h.incomes(), activeIds, asOf, policy), n);
        BigDecimal assets = perCapita(sumAssets(h.assets(), activeIds, null), n);
        BigDecimal monetary = perCapita(sumAssets(h.assets(), activeIds, MONETARY), n);
        BigDecimal rigid = rigidExpenditure(h.expenditures(), activeIds, asOf);
        boolean separation = !normalize(h.hukouAddress()).equals(normalize(h.residenceAddress()));
        boolean nonLocal = active.stream().anyMatch(m -> Boolean.FALSE.equals(m.hukouLocal()));
        boolean complex = n >= policy.complexMinMembers()
                || active.stream().anyMatch(m -> policy.complexRelations().contains(m.relation()));
        return new Household(h.id(), h.street(), h.streetName(), h.streetBasis(), h.committee(), h.hukouAddress(),
                h.residenceAddress(), h.members(), h.incomes(), h.assets(), h.expenditures(), n, income, assets,
                monetary, rigid, separation, nonLocal, complex, asOf, h.version(), h.createdAt(), h.updatedAt(),
                null, h.enrolledPrograms());
    }

    /**
     * Total monthly income of the household averaged over the {@code averagingMonths} calendar months before
     * the month of {@code asOf}: each item counts in each month from the month of its {@code from} through the
     * month of its {@code to}. Exempt types and items of members who are no longer active do not count.
     */
    static BigDecimal averageMonthlyIncome(List<IncomeItem> incomes, Set<String> activeIds, LocalDate asOf,
            FiguresPolicy policy) {
        YearMonth last = YearMonth.from(asOf).minusMonths(1);
        YearMonth first = last.minusMonths(policy.averagingMonths() - 1L);
        BigDecimal total = BigDecimal.ZERO;
        for (IncomeItem item : incomes) {
            if (!activeIds.contains(item.personId()) || policy.exemptIncomeTypes().contains(item.type())) {
                continue;
            }
            YearMonth start = item.from() == null ? first : max(first, YearMonth.from(item.from()));
            YearMonth end = item.to() == null ? last : min(last, YearMonth.from(item.to()));
            if (end.isBefore(start)) {
                continue;
            }
            long months = end.getYear() * 12L + end.getMonthValue() - (start.getYear() * 12L + start.getMonthValue()) + 1;
            total = total.add(item.monthlyAmount().multiply(BigDecimal.valueOf(months)));
        }
        return total.divide(BigDecimal.valueOf(policy.averagingMonths()), 10, RoundingMode.HALF_UP);
    }

    static BigDecimal sumAssets(List<Asset> assets, Set<String> activeIds, Set<AssetType> types) {
        return assets.stream()
                .filter(a -> activeIds.contains(a.personId()) && (types == null || types.contains(a.type())))
                .map(Asset::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Rigid expenditure whose period ended in the 12 months before {@code asOf}. */
    static BigDecimal rigidExpenditure(List<Expenditure> expenditures, Set<String> activeIds, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(12);
        return expenditures.stream()
                .filter(e -> activeIds.contains(e.personId()) && !e.to().isBefore(from) && e.to().isBefore(asOf))
                .map(Expenditure::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The per-capita figure, not rounded to the fen: rules compare and compute on it, and only the household's final
     * monthly amount is rounded (ARCHITECTURE: rounding once). Exact quotients keep two decimals ({@code 800.00});
     * others carry {@value #SCALE} ({@code 333.3333333333}); the API shows every one rounded to the fen.
     */
    static BigDecimal perCapita(BigDecimal total, int members) {
        if (members == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal q = total.divide(BigDecimal.valueOf(members), SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return q.scale() < 2 ? q.setScale(2) : q;
    }

    static final int SCALE = 10;

    /** Addresses compare without whitespace differences. */
    static String normalize(String address) {
        return address == null ? "" : address.replaceAll("\\s+", "");
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
