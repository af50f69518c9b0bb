package org.doudi.registry.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.IncomeItem;
import org.doudi.api.registry.IncomeType;
import org.doudi.api.registry.Member;
import org.doudi.api.registry.Relation;
import org.doudi.api.registry.StudentStatus;

/**
 * Incomes, assets and rigid expenditures of a demo household, drawn from its economic {@link Tier} and its
 * members. Amounts are yuan with two decimals; figures are dated shortly before "today".
 */
final class DemoFinances {

    /** Economic tier of a household: sets its per-capita monthly income and colours employment and assets. */
    enum Tier {
        /** No income at all. */
        NO_INCOME,
        /** 300.00 to 1,329.99 yuan per person and month: below the assistance line. */
        POOR,
        /** 1,330.00 to 2,659.99: up to twice the line. */
        NEAR,
        /** 2,660.00 and more. */
        ABOVE
    }

    /** One income item to be: who, what, and its relative weight in the household's total. */
    private record Share(Member member, IncomeType type, double weight) {
    }

    private final SplittableRandom rnd;
    private final LocalDate today;

    DemoFinances(SplittableRandom rnd, LocalDate today) {
        this.rnd = rnd;
        this.today = today;
    }

    /**
     * Income items whose total per member falls in the tier's range: wages of the employed, pensions of the
     * retired, business income of some of the self-employed, now and then rent or support from relatives.
     */
    List<IncomeItem> incomes(List<Member> ms, Tier tier) {
        long perCapita = switch (tier) { // cents per person and month
            case NO_INCOME -> 0;
            case POOR -> rnd.nextLong(30_000, 133_000);
            case NEAR -> rnd.nextLong(133_000, 266_000);
            case ABOVE -> 266_000 + Math.min(3_000_000, exponential(450_000));
        };
        if (perCapita == 0) {
            return List.of();
        }
        List<Share> shares = new ArrayList<>();
        for (Member m : ms) {
            switch (m.employmentStatus()) {
                case EMPLOYED -> shares.add(new Share(m, IncomeType.WAGE, 3));
                case FLEXIBLE -> shares.add(new Share(m, chance(0.5) ? IncomeType.BUSINESS : IncomeType.WAGE, 1.5));
                case RETIRED -> shares.add(new Share(m, IncomeType.PENSION, 1.5));
                default -> { }
            }
        }
        if (shares.isEmpty() || chance(0.06)) { // support from relatives outside the household, allowances
            shares.add(new Share(ms.get(0), IncomeType.TRANSFER, 0.6));
        }
        if (tier != Tier.POOR && chance(0.08)) { // letting a flat
            shares.add(new Share(ms.get(0), IncomeType.PROPERTY, 0.8));
        }
        double[] weights = new double[shares.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = shares.get(i).weight() * (0.6 + 0.8 * rnd.nextDouble());
            sum += weights[i];
        }
        long total = perCapita * ms.size();
        long left = total;
        List<IncomeItem> items = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            long cents = i == weights.length - 1 ? left : (long) (total * weights[i] / sum);
            left -= cents;
            IncomeType type = shares.get(i).type();
            String source = switch (type) {
                case WAGE -> "市人社局";
                case PENSION -> "市社保中心";
                case BUSINESS -> "区市场监管局";
                case PROPERTY -> "市税务局";
                default -> "申请人申报";
            };
            items.add(new IncomeItem(null, shares.get(i).member().idNumber(), type, yuan(cents), null, null, source,
                    asOf()));
        }
        return List.copyOf(items);
    }

    /** Deposits of most adults (small for the poor), now and then securities and a car, often a flat. */
    List<Asset> assets(List<Member> ms, Tier tier) {
        boolean poor = tier == Tier.NO_INCOME || tier == Tier.POOR;
        long meanDeposit = poor ? 600_000 : tier == Tier.NEAR ? 2_500_000 : 7_000_000; // cents
        List<Asset> assets = new ArrayList<>();
        for (Member m : ms) {
            boolean adult = ChronoUnit.YEARS.between(m.birthDate(), today) >= 18;
            if (adult && chance(m.relation() == Relation.HEAD ? 0.85 : 0.35)) {
                long cents = Math.min(20_000_000, exponential(meanDeposit));
                assets.add(new Asset(null, m.idNumber(), AssetType.DEPOSIT, yuan(cents), null, "金融机构", asOf()));
            }
        }
        String head = ms.get(0).idNumber();
        if (chance(poor ? 0.01 : tier == Tier.NEAR ? 0.05 : 0.12)) {
            assets.add(new Asset(null, head, AssetType.SECURITIES, yuan(rnd.nextLong(500_000, 30_000_001)), null,
                    "中国结算上海分公司", asOf()));
        }
        if (chance(poor ? 0.02 : tier == Tier.NEAR ? 0.06 : 0.15)) {
            assets.add(new Asset(null, head, AssetType.VEHICLE, yuan(rnd.nextLong(3_000_000, 35_000_001)), null,
                    "市公安局交警总队", asOf()));
        }
        if (chance(poor ? 0.22 : tier == Tier.NEAR ? 0.5 : 0.7)) {
            long area = poor ? rnd.nextLong(1_800, 6_001) : rnd.nextLong(3_000, 14_001); // hundredths of m²
            long pricePerSquareMetre = rnd.nextLong(55_000, 105_001);
            assets.add(new Asset(null, head, AssetType.REAL_ESTATE, yuan(area * pricePerSquareMetre),
                    BigDecimal.valueOf(area, 2), "市不动产登记局", asOf()));
        }
        return List.copyOf(assets);
    }

    /** Medical costs of the ill, school costs of some students, rehabilitation of some disabled members. */
    List<Expenditure> expenditures(List<Member> ms) {
        List<Expenditure> out = new ArrayList<>();
        for (Member m : ms) {
            boolean serious = m.healthStatus() == HealthStatus.SERIOUS_ILLNESS;
            if (serious ? chance(0.7) : m.healthStatus() == HealthStatus.CHRONIC_ILLNESS && chance(0.2)) {
                out.add(spent(m, ExpenditureType.MEDICAL, serious ? 5_000 : 500, serious ? 120_000 : 15_000,
                        "市医保局"));
            }
            StudentStatus s = m.studentStatus();
            if ((s == StudentStatus.HIGH_SCHOOL || s == StudentStatus.VOCATIONAL || s == StudentStatus.HIGHER)
                    && chance(0.25)) {
                out.add(spent(m, ExpenditureType.EDUCATION, 2_000, 20_000, "区教育局"));
            }
            if (m.disabilityCategory() != null && chance(0.3)) {
                out.add(spent(m, ExpenditureType.DISABILITY_REHABILITATION, 1_000, 30_000, "区残联"));
            }
        }
        return List.copyOf(out);
    }

    /** An expenditure over 30 to 91 days ending before today, all within the past 12 months. */
    private Expenditure spent(Member m, ExpenditureType type, int minYuan, int maxYuan, String source) {
        int days = rnd.nextInt(30, 92);
        LocalDate to = today.minusDays(rnd.nextInt(1, 365 - days));
        return new Expenditure(null, m.idNumber(), type, yuan(rnd.nextLong(minYuan * 100L, maxYuan * 100L + 1)),
                to.minusDays(days - 1L), to, source);
    }

    private LocalDate asOf() {
        return today.minusDays(rnd.nextInt(1, 61));
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    /** An exponentially distributed whole number with the given mean. */
    private long exponential(long mean) {
        return (long) (-Math.log(1 - rnd.nextDouble()) * mean);
    }

    private static BigDecimal yuan(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
