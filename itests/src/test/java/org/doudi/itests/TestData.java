package org.doudi.itests;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.doudi.api.person.ResidentIdNumber;

/**
 * Unique, valid test people: every ID number of a run is new (birth dates walk from a random start), so
 * tests never collide with each other or with an earlier run's data.
 */
public final class TestData {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final LocalDate START = LocalDate.of(1950, 1, 1)
            .plusDays(new java.util.Random().nextInt(15_000));

    private TestData() {
    }

    /** A valid Changning (310105) ID number for an adult of the given sex, unique in this run. */
    public static String idNumber(boolean male) {
        int n = SEQ.incrementAndGet();
        LocalDate birth = START.plusDays(n / 40);
        int seq = (n % 40) * 2 + 100 + (male ? 1 : 0);
        String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The ID number of a person born in {@code year}, unique in this run. */
    public static String idNumberBornIn(int year) {
        int n = SEQ.incrementAndGet();
        LocalDate birth = LocalDate.of(year, 1, 1).plusDays(n % 360);
        String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", 100 + n % 800);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** A child's ID number (born 2014), unique in this run. */
    public static String childIdNumber() {
        int n = SEQ.incrementAndGet();
        LocalDate birth = LocalDate.of(2014, 1, 1).plusDays(n % 360);
        String first17 = "310105" + birth.toString().replace("-", "") + String.format("%03d", 500 + n % 400);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /** The G1 household of SPEC §12: two adults and a child of 10, wages of 2,400.00 a month in total. */
    public static String g1Household(String street, String head, String spouse, String child) {
        return "{\"street\":\"" + street + "\",\"hukouAddress\":\"长宁区天山路 100 弄 1 号 101 室\","
                + "\"residenceAddress\":\"长宁区天山路 100 弄 1 号 101 室\",\"members\":["
                + member(head, "张伟", "HEAD") + "," + member(spouse, "李娜", "SPOUSE") + ","
                + member(child, "张小明", "CHILD") + "],"
                + "\"incomes\":[{\"idNumber\":\"" + head + "\",\"type\":\"WAGE\",\"monthlyAmount\":1500.00,"
                + "\"source\":\"市人社局\",\"asOf\":\"2024-09-01\"},{\"idNumber\":\"" + spouse + "\",\"type\":\"WAGE\","
                + "\"monthlyAmount\":900.00,\"source\":\"市人社局\",\"asOf\":\"2024-09-01\"}],"
                + "\"assets\":[],\"expenditures\":[]}";
    }

    public static String member(String idNumber, String name, String relation) {
        return "{\"idNumber\":\"" + idNumber + "\",\"name\":\"" + name + "\",\"relation\":\"" + relation
                + "\",\"hukouLocal\":true,\"tags\":[]}";
    }

    /**
     * A household of adults in {@code street} with a steady wage per member (no start date: received throughout)
     * and, when not null, deposits of the head.
     */
    public static String adults(String street, java.math.BigDecimal wagePerMember, java.math.BigDecimal deposits,
            String... idNumbers) {
        StringBuilder members = new StringBuilder();
        StringBuilder incomes = new StringBuilder();
        for (int i = 0; i < idNumbers.length; i++) {
            members.append(i == 0 ? "" : ",").append(member(idNumbers[i], "王" + "一二三四五".charAt(i % 5),
                    i == 0 ? "HEAD" : "SPOUSE"));
            if (wagePerMember != null && wagePerMember.signum() > 0) {
                incomes.append(incomes.length() == 0 ? "" : ",").append("{\"idNumber\":\"").append(idNumbers[i])
                        .append("\",\"type\":\"WAGE\",\"monthlyAmount\":").append(wagePerMember.toPlainString())
                        .append(",\"source\":\"市人社局\",\"asOf\":\"2021-01-01\"}");
            }
        }
        String assets = deposits == null ? "" : "{\"idNumber\":\"" + idNumbers[0] + "\",\"type\":\"DEPOSIT\","
                + "\"value\":" + deposits.toPlainString() + ",\"source\":\"银行\",\"asOf\":\"2021-01-01\"}";
        return "{\"street\":\"" + street + "\",\"hukouAddress\":\"长宁区天山路 200 弄 2 号\","
                + "\"residenceAddress\":\"长宁区天山路 200 弄 2 号\",\"members\":[" + members + "],"
                + "\"incomes\":[" + incomes + "],\"assets\":[" + assets + "],\"expenditures\":[]}";
    }
}
