package org.doudi.registry.internal.bulk;

import static org.doudi.registry.internal.bulk.RegistryFixture.idNumber;
import static org.doudi.registry.internal.bulk.RegistryFixture.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.doudi.api.registry.Asset;
import org.doudi.api.registry.AssetType;
import org.doudi.api.registry.DisabilityCategory;
import org.doudi.api.registry.EmploymentStatus;
import org.doudi.api.registry.EndReason;
import org.doudi.api.registry.Expenditure;
import org.doudi.api.registry.ExpenditureType;
import org.doudi.api.registry.HealthStatus;
import org.doudi.api.registry.Household;
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

/** Households as a street would register them, with every kind of fact the programs read. */
public final class SampleHouseholds {

    private SampleHouseholds() {
    }

    /** A member with an ID number and nothing else known. */
    public static Member person(String idNumber, String name, Relation relation, IdentityTag... tags) {
        return new Member(null, idNumber, null, name, relation, null, null, true, null, null, null, null, null, null,
                null, List.of(tags), null, null);
    }

    /** One person of {@code street} living on {@code monthlyWage} a month, with {@code deposit} in the bank. */
    public static Household single(String street, int n, String monthlyWage, String deposit) {
        String id = idNumber(LocalDate.of(1970, 1, 1).plusDays(n), 2 * n + 1);
        List<IncomeItem> incomes = new ArrayList<>();
        if (monthlyWage != null) {
            incomes.add(new IncomeItem(null, id, IncomeType.WAGE, yuan(monthlyWage), LocalDate.of(2023, 1, 1), null,
                    "人社局", LocalDate.of(2024, 9, 1)));
        }
        List<Asset> assets = new ArrayList<>();
        if (deposit != null) {
            assets.add(new Asset(null, id, AssetType.DEPOSIT, yuan(deposit), null, "银行", LocalDate.of(2024, 9, 1)));
        }
        return Household.draft(street, street + "路" + n + "号", street + "路" + n + "号",
                List.of(person(id, "单身" + n, Relation.HEAD)), incomes, assets, List.of());
    }

    /** A family of four using every field: tags, an ended member, one without an ID number, all fact types. */
    public static Household family(String street) {
        String head = idNumber(LocalDate.of(1968, 3, 9), 11);
        String spouse = idNumber(LocalDate.of(1970, 7, 21), 22);
        String child = idNumber(LocalDate.of(2001, 12, 2), 33);
        Member h = new Member(null, head, null, "王建国", Relation.HEAD, null, null, true, DisabilityCategory.PHYSICAL, 2,
                HealthStatus.SERIOUS_ILLNESS, WorkAbility.PARTIAL, EmploymentStatus.FLEXIBLE, StudentStatus.NONE,
                SelfCare.PARTIAL, List.of(new IdentityTag("REFERRED_TRADE_UNION", "区总工会", LocalDate.of(2024, 3, 1)),
                        new IdentityTag("FOUND_ON_VISIT", null, null)), null, null);
        Member s = new Member(null, spouse, null, "李秀英", Relation.SPOUSE, null, null, false, null, null,
                HealthStatus.CHRONIC_ILLNESS, WorkAbility.FULL, EmploymentStatus.UNEMPLOYED, null, SelfCare.FULL, List.of(),
                null, null);
        Member c = new Member(null, child, null, "王小明", Relation.CHILD, null, null, true, null, null, null, null, null,
                StudentStatus.HIGHER, null, List.of(new IdentityTag("EDUCATION_ASSISTANCE", "教育局", LocalDate.of(2023, 9, 1))),
                LocalDate.of(2024, 6, 30), EndReason.MOVED_OUT);
        Member noId = new Member(null, null, true, "王奶奶", Relation.GRANDPARENT, Sex.FEMALE, LocalDate.of(1940, 5, 5), true,
                null, null, HealthStatus.HEALTHY, WorkAbility.NONE, EmploymentStatus.RETIRED, null, SelfCare.NONE, List.of(),
                null, null);
        List<IncomeItem> incomes = List.of(
                new IncomeItem(null, head, IncomeType.WAGE, yuan("2100.00"), LocalDate.of(2023, 1, 1), null, "人社局",
                        LocalDate.of(2024, 9, 30)),
                new IncomeItem(null, spouse, IncomeType.PENSION, yuan("980.5"), null, LocalDate.of(2024, 8, 31), "社保中心",
                        LocalDate.of(2024, 8, 31)),
                new IncomeItem(null, child, IncomeType.TRANSFER, yuan("300"), LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 6, 30), "申请人", LocalDate.of(2024, 7, 1)));
        List<Asset> assets = List.of(
                new Asset(null, head, AssetType.DEPOSIT, yuan("12000.00"), null, "核对报告", LocalDate.of(2024, 9, 1)),
                new Asset(null, head, AssetType.REAL_ESTATE, yuan("850000.00"), yuan("45.5"), "规划资源局",
                        LocalDate.of(2024, 9, 1)),
                new Asset(null, spouse, AssetType.VEHICLE, yuan("30000"), null, "交警", LocalDate.of(2024, 9, 1)));
        List<Expenditure> expenditures = List.of(new Expenditure(null, head, ExpenditureType.MEDICAL, yuan("18000.00"),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), "医保局"));
        return new Household(null, street, null, StreetBasis.RESIDENCE, "天山一村居委会", "天山路100弄1号",
                "仙霞路200号 1201室", List.of(h, s, c, noId), incomes, assets, expenditures, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
