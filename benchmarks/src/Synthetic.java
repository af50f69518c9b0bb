import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Synthetic, deterministic input for the issue 6 benchmark (see benchmarks/README-data.md):
 *
 * <pre>
 *   java benchmarks/src/Synthetic.java registry PERSONS OUT.csv
 *   java benchmarks/src/Synthetic.java feeds RECORDS OUT_DIR [PERSONS]
 * </pre>
 *
 * The registry is a household import file (the columns of {@code ImportColumn}); the feeds are one CSV per feed
 * type. Both sides derive everything from the person index, so the feeds know who is registered and who is enrolled
 * without reading the registry file. Streams its output; the same arguments give the same bytes.
 */
public final class Synthetic {
    static final String[] STREETS = {"huayanglu", "jiangsulu", "xinhualu", "zhoujiaqiao", "tianshanlu",
            "xianxiaxincun", "hongqiao", "chengjiaqiao", "beixinjing", "xinjing"};
    static final String[] ROADS = {"愚园路", "长宁路", "江苏路", "延安西路", "安顺路", "番禺路", "定西路", "天山路", "仙霞路",
            "虹桥路", "古北路", "遵义路", "金钟路", "北新泾路", "剑河路", "哈密路", "茅台路", "威宁路", "双流路", "淞虹路"};
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "林", "罗", "高", "沈", "顾", "陆", "钱", "蒋"};
    static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
            "明", "超", "秀英", "桂英", "建华", "国强", "玉兰", "志刚", "海燕", "佳怡", "子涵", "浩然", "雨桐", "文博", "欣怡"};
    static final String[] DISABILITY = {"VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "MENTAL",
            "MULTIPLE"};
    static final String[] FEEDS = {"death", "employment", "pension", "criminal-sentence", "real-estate", "vehicle",
            "business-registration", "medical-expense", "disability-certification", "school-enrolment"};

    /** Household sizes cycle through these: 15 persons per 6 households, 2.5 on average. */
    static final int[] SIZES = {1, 2, 3, 4, 2, 3};
    static final int[] FIRST = {0, 1, 3, 6, 10, 12};
    static final int CYCLE_PERSONS = 15;

    /** Person i is born on BIRTH_BASE + (i % BIRTH_DAYS) with sequence 1 + i / BIRTH_DAYS. */
    static final LocalDate BIRTH_BASE = LocalDate.of(1940, 1, 1);
    static final int BIRTH_DAYS = 25_000;
    static final String REGION = "310105";
    static final String OUTSIDE_REGION = "310104";
    static final LocalDate AS_OF = LocalDate.of(2024, 9, 30);
    static final LocalDate FEED_MONTH = LocalDate.of(2024, 10, 1);
    static final long SEED = 20241001L;
    static final int DIBAO_LINE = 1330;

    private Synthetic() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("registry")) {
            long persons = Long.parseLong(args[1]);
            long t0 = System.nanoTime();
            long households = registry(persons, Path.of(args[2]));
            System.out.printf("%d persons in %d households (%d enrolled in dibao) written to %s in %.1f s%n", persons,
                    households, enrolledHouseholds(persons), args[2], (System.nanoTime() - t0) / 1e9);
        } else if (args.length >= 3 && args[0].equals("feeds")) {
            long records = Long.parseLong(args[1]);
            long persons = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
            long[] hits = feeds(records, Path.of(args[2]), persons);
            System.out.printf("%d feed records in %d files written to %s: %d name enrolled persons, %d registered"
                    + " persons not enrolled, %d people outside the registry%n", records, FEEDS.length, args[2],
                    hits[0], hits[1], hits[2]);
        } else {
            System.err.println("usage: java Synthetic.java registry PERSONS OUT.csv\n"
                    + "       java Synthetic.java feeds RECORDS OUT_DIR [PERSONS]");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------- the shared rules

    /** The household of person {@code i}. */
    static long householdOf(long i) {
        long cycle = i / CYCLE_PERSONS;
        int at = (int) (i % CYCLE_PERSONS);
        int k = SIZES.length - 1;
        while (FIRST[k] > at) {
            k--;
        }
        return cycle * SIZES.length + k;
    }

    /** The first person of household {@code h}. */
    static long firstPerson(long h) {
        return h / SIZES.length * CYCLE_PERSONS + FIRST[(int) (h % SIZES.length)];
    }

    /** The size of household {@code h} in a registry of {@code persons} (the last one may be cut short). */
    static int size(long h, long persons) {
        return (int) Math.min(SIZES[(int) (h % SIZES.length)], persons - firstPerson(h));
    }

    /** The enrolled rule: every 20th household (h % 20 == 7) receives dibao — 5 % of households. */
    static boolean enrolled(long h) {
        return h % 20 == 7;
    }

    static long households(long persons) {
        return persons == 0 ? 0 : householdOf(persons - 1) + 1;
    }

    static long enrolledHouseholds(long persons) {
        long n = households(persons);
        return n / 20 + (n % 20 > 7 ? 1 : 0);
    }

    /** The valid GB 11643 ID number of person {@code i} of {@code region}. */
    static String idNumber(String region, long i) {
        LocalDate birth = BIRTH_BASE.plusDays(i % BIRTH_DAYS);
        long seq = 1 + i / BIRTH_DAYS;
        StringBuilder s = new StringBuilder(18).append(region).append(birth.getYear());
        pad(s, birth.getMonthValue(), 2);
        pad(s, birth.getDayOfMonth(), 2);
        pad(s, seq, 3);
        return s.append(check(s)).toString();
    }

    static char check(CharSequence first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (first17.charAt(k) - '0') * w[k];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static LocalDate birthDate(long i) {
        return BIRTH_BASE.plusDays(i % BIRTH_DAYS);
    }

    /** A deterministic 64-bit hash of (a, b): the same household or person always draws the same facts. */
    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + SEED;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform draw in [0, n) for (a, b). */
    static long draw(long a, long b, long n) {
        return Long.remainderUnsigned(mix(a, b), n);
    }

    // ---------------------------------------------------------------- the registry

    static long registry(long persons, Path out) throws IOException {
        long households = households(persons);
        try (Writer w = writer(out)) {
            w.write("householdRef,street,committee,hukouAddress,residenceAddress,idNumber,name,relation,hukouLocal,"
                    + "disabilityCategory,disabilityGrade,healthStatus,workAbility,employmentStatus,studentStatus,"
                    + "selfCare,tags,wageIncome,pensionIncome,transferIncome,deposits,vehicleValue,realEstateValue,"
                    + "realEstateArea,medicalExpenditure,factsSource,factsAsOf,enrolledProgram,enrolledSince,"
                    + "enrolledMonthlyAmount,payeeAccount\n");
            StringBuilder row = new StringBuilder(512);
            for (long h = 0; h < households; h++) {
                household(h, size(h, persons), row);
                w.append(row);
                row.setLength(0);
            }
        }
        return households;
    }

    private static void household(long h, int size, StringBuilder out) {
        long first = firstPerson(h);
        String street = STREETS[(int) draw(h, 1, STREETS.length)];
        String road = ROADS[(int) draw(h, 2, ROADS.length)];
        String hukou = "上海市长宁区" + road + (1 + draw(h, 3, 900)) + "弄" + (1 + draw(h, 4, 40)) + "号"
                + (101 + draw(h, 5, 6) * 100 + draw(h, 6, 4)) + "室";
        String residence = draw(h, 7, 100) < 5 ? "上海市长宁区" + ROADS[(int) draw(h, 8, ROADS.length)]
                + (1 + draw(h, 9, 900)) + "号" : hukou;
        String committee = road.substring(0, road.length() - 1) + (1 + draw(h, 10, 3)) + "居委会";
        boolean enrolled = enrolled(h);
        long band = draw(h, 11, 100);
        // monthly income per person: enrolled 200–999, low 400–1299 (big-screening candidates), edge 1400–2599
        int perCapita = enrolled ? 200 + (int) draw(h, 12, 800) : band < 10 ? 400 + (int) draw(h, 12, 900)
                : band < 20 ? 1400 + (int) draw(h, 12, 1200) : 3000 + (int) draw(h, 12, 7000);
        long total = (long) perCapita * size * 100; // fen
        int earners = 0;
        for (int k = 0; k < size; k++) {
            if (earns(first + k)) {
                earners++;
            }
        }
        long share = earners == 0 ? 0 : total / earners;
        long left = total;
        int earnerSeen = 0;
        LocalDate since = LocalDate.of(2019, 1, 1).plusDays(draw(h, 13, 2000));
        for (int k = 0; k < size; k++) {
            long i = first + k;
            int age = age(i);
            boolean earner = earns(i);
            boolean disabled = draw(i, 20, 100) < 3;
            long health = draw(i, 21, 100);
            out.append('H').append(pad(new StringBuilder(), h, 8)).append(',').append(street).append(',')
                    .append(committee).append(',').append(hukou).append(',').append(residence).append(',')
                    .append(idNumber(REGION, i)).append(',')
                    .append(SURNAMES[(int) draw(h, 30, SURNAMES.length)]).append(GIVEN[(int) draw(i, 31, GIVEN.length)])
                    .append(',').append(k == 0 ? "HEAD" : k == 1 ? "SPOUSE" : "CHILD").append(',')
                    .append(draw(i, 22, 100) < 95 ? "true" : "false").append(',');
            if (disabled) {
                out.append(DISABILITY[(int) draw(i, 23, DISABILITY.length)]).append(',').append(1 + draw(i, 24, 4));
            } else {
                out.append(',');
            }
            out.append(',').append(health < 1 ? "SERIOUS_ILLNESS" : health < 6 ? "CHRONIC_ILLNESS" : "HEALTHY")
                    .append(',').append(disabled ? "PARTIAL" : age >= 60 ? "PARTIAL" : "FULL").append(',')
                    .append(age >= 60 ? "RETIRED" : age < 22 ? "NOT_IN_LABOUR_FORCE"
                            : earner ? "EMPLOYED" : "UNEMPLOYED")
                    .append(',').append(age < 22 ? "HIGHER" : "NONE").append(',')
                    .append(age >= 80 && draw(i, 25, 5) == 0 ? "PARTIAL" : "FULL").append(',');
            tags(h, i, enrolled, since, out);
            out.append(',');
            String amount = "";
            if (earner) {
                earnerSeen++;
                long fen = earnerSeen == earners ? left : share;
                left -= fen;
                amount = yuan(fen);
            } else if (earners == 0 && k == 0) {
                amount = yuan(total);
            }
            out.append(age >= 60 || !earner ? "" : amount).append(',').append(age >= 60 && earner ? amount : "")
                    .append(',').append(earners == 0 && k == 0 ? amount : "").append(',');
            boolean poor = enrolled || band < 10;
            if (k == 0 && draw(h, 40, 100) < (poor ? 30 : 60)) {
                out.append(yuan(100 * (poor ? 1000 + draw(h, 41, 19000) : 10000 + draw(h, 41, 490000))));
            }
            out.append(',');
            if (k == 0 && !poor && draw(h, 42, 100) < 15) {
                out.append(yuan(100 * (50000 + draw(h, 43, 250000))));
            }
            out.append(',');
            if (k == 0 && draw(h, 44, 100) < (poor ? 10 : 40)) {
                out.append(yuan(100 * (1500000 + draw(h, 45, 6500000)))).append(',').append(30 + draw(h, 46, 90))
                        .append(".00");
            } else {
                out.append(',');
            }
            out.append(',');
            if (draw(i, 47, 100) < 8) {
                out.append(yuan(100 * (2000 + draw(i, 48, 78000))));
            }
            out.append(",区大数据中心,").append(AS_OF).append(',');
            if (enrolled && k == 0) {
                long monthly = (long) (DIBAO_LINE - perCapita) * size * 100;
                out.append("dibao,").append(since).append(',').append(yuan(monthly)).append(",6222");
                pad(out, h, 15);
            } else {
                out.append(",,,");
            }
            out.append('\n');
        }
    }

    private static void tags(long h, long i, boolean enrolled, LocalDate since, StringBuilder out) {
        int n = 0;
        if (enrolled) {
            out.append("DIBAO:").append(since);
            n++;
        }
        long t = draw(i, 50, 1000);
        String tag = t < 5 ? "FOUND_ON_VISIT" : t < 8 ? "REFERRED_TRADE_UNION" : t < 11 ? "HELPED_BY_CHARITY"
                : t < 13 ? "REFERRED_DISABLED_FEDERATION" : null;
        if (tag != null) {
            out.append(n > 0 ? "|" : "").append(tag).append(':')
                    .append(LocalDate.of(2023, 1, 1).plusDays(draw(i, 51, 600)));
        }
    }

    /** Adults under 60 who work and pensioners earn; students do not. */
    private static boolean earns(long i) {
        int age = age(i);
        return age >= 60 || (age >= 22 && draw(i, 26, 100) < 80);
    }

    private static int age(long i) {
        LocalDate b = birthDate(i);
        int age = AS_OF.getYear() - b.getYear();
        return b.plusYears(age).isAfter(AS_OF) ? age - 1 : age;
    }

    // ---------------------------------------------------------------- the feeds

    /** Returns {enrolled hits, registered non-enrolled hits, outsiders}. */
    static long[] feeds(long records, Path dir, long persons) throws IOException {
        Files.createDirectories(dir);
        long[] hits = new long[3];
        long enrolledHouseholds = enrolledHouseholds(persons);
        SplittableRandom random = new SplittableRandom(SEED);
        long g = 0;
        for (int t = 0; t < FEEDS.length; t++) {
            long count = records / FEEDS.length + (t < records % FEEDS.length ? 1 : 0);
            try (Writer w = writer(dir.resolve(FEEDS[t] + ".csv"))) {
                w.write(header(FEEDS[t]));
                StringBuilder row = new StringBuilder(128);
                for (long r = 0; r < count; r++, g++) {
                    String id = person(random, persons, enrolledHouseholds, hits);
                    LocalDate date = FEED_MONTH.plusDays(random.nextInt(31));
                    row.append(id).append(',').append(date);
                    facts(FEEDS[t], g, random, row);
                    w.append(row.append('\n'));
                    row.setLength(0);
                }
            }
        }
        return hits;
    }

    /** About 1 % enrolled persons, 4 % registered persons not enrolled, the rest valid numbers from outside. */
    private static String person(SplittableRandom random, long persons, long enrolledHouseholds, long[] hits) {
        int u = random.nextInt(100);
        if (u < 1 && enrolledHouseholds > 0) {
            long h = 7 + 20 * random.nextLong(enrolledHouseholds);
            hits[0]++;
            return idNumber(REGION, firstPerson(h) + random.nextInt(size(h, persons)));
        }
        if (u < 5 && persons > 0) {
            long i;
            do {
                i = random.nextLong(persons);
            } while (enrolled(householdOf(i)));
            hits[1]++;
            return idNumber(REGION, i);
        }
        hits[2]++;
        return idNumber(OUTSIDE_REGION, random.nextLong((long) BIRTH_DAYS * 999));
    }

    static String header(String feed) {
        switch (feed) {
            case "death": return "idNumber,date\n";
            case "employment": return "idNumber,date,employer,monthlyWage\n";
            case "pension": return "idNumber,date,monthlyAmount,scheme\n";
            case "criminal-sentence": return "idNumber,date,caseNumber,sentence\n";
            case "real-estate": return "idNumber,date,propertyId,value,floorArea\n";
            case "vehicle": return "idNumber,date,plate,value\n";
            case "business-registration": return "idNumber,date,registrationNumber,capital\n";
            case "medical-expense": return "idNumber,date,amount,hospital\n";
            case "disability-certification": return "idNumber,date,category,grade\n";
            case "school-enrolment": return "idNumber,date,school\n";
            default: throw new IllegalArgumentException(feed);
        }
    }

    private static void facts(String feed, long g, SplittableRandom r, StringBuilder row) {
        switch (feed) {
            case "death":
                break;
            case "employment":
                row.append(",长宁企业").append(g).append("有限公司,").append(yuan(100L * (2690 + r.nextInt(12000))));
                break;
            case "pension":
                row.append(',').append(yuan(100L * (1200 + r.nextInt(5000)))).append(",城镇职工基本养老保险");
                break;
            case "criminal-sentence":
                row.append(",(2024)沪0105刑初").append(g).append("号,有期徒刑").append(1 + r.nextInt(36)).append("个月");
                break;
            case "real-estate":
                row.append(",沪(2024)长字不动产权第").append(g).append("号,").append(yuan(100L * (800000 + r.nextInt(6000000))))
                        .append(',').append(30 + r.nextInt(120)).append(".00");
                break;
            case "vehicle":
                row.append(",沪A").append(pad(new StringBuilder(), g % 100000, 5)).append('-').append(g / 100000)
                        .append(',').append(yuan(100L * (30000 + r.nextInt(400000))));
                break;
            case "business-registration":
                row.append(",91310105").append(pad(new StringBuilder(), g, 10)).append(',')
                        .append(yuan(100L * (10000 + r.nextInt(990000))));
                break;
            case "medical-expense":
                row.append(',').append(yuan(100L * (500 + r.nextInt(80000)))).append(",长宁区中心医院");
                break;
            case "disability-certification":
                row.append(',').append(DISABILITY[r.nextInt(DISABILITY.length)]).append(',').append(1 + r.nextInt(4));
                break;
            case "school-enrolment":
                row.append(",长宁区第").append(1 + r.nextInt(30)).append("中学");
                break;
            default:
                throw new IllegalArgumentException(feed);
        }
    }

    // ---------------------------------------------------------------- text

    static String yuan(long fen) {
        StringBuilder s = new StringBuilder().append(fen / 100).append('.');
        return pad(s, fen % 100, 2).toString();
    }

    static StringBuilder pad(StringBuilder s, long value, int digits) {
        String v = Long.toString(value);
        for (int k = v.length(); k < digits; k++) {
            s.append('0');
        }
        return s.append(v);
    }

    private static Writer writer(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
