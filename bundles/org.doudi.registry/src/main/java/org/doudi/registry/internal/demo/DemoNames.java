package org.doudi.registry.internal.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.doudi.api.registry.Sex;

/**
 * Vocabulary of the demo data: Chinese names by sex and generation, and the roads of Changning's streets for
 * plausible addresses. Every choice is drawn from the random source handed in, so results stay deterministic.
 */
final class DemoNames {

    /** Common surnames, roughly in order of frequency. */
    private static final String[] SURNAMES = split("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
            + "彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷"
            + "侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");

    // Given names by generation: born before 1960, 1960-1989, from 1990.
    private static final String[][] MALE = {
        words("建国 国强 志明 德华 永福 根宝 金发 福生 国庆 建华 志刚 宝林 文斌 荣根 家祥 振华 卫东 海生 长根 阿毛"),
        words("伟 军 勇 磊 强 斌 杰 涛 明 华 俊 峰 健 海峰 志强 晓东 建军 卫国 国华 立新 文杰 敏杰 春雷 浩"),
        words("浩然 子轩 宇航 俊杰 一鸣 天佑 思远 博文 皓轩 嘉豪 睿 宇辰 梓豪 明哲 奕辰 俊熙 子墨 昊天 逸凡 晨阳")};
    private static final String[][] FEMALE = {
        words("秀英 桂英 玉兰 凤英 美华 月娥 翠芳 惠珍 金娣 小妹 爱珍 素珍 淑芬 彩凤 宝珍 美娣 秀珍 丽华 桂芳 菊英"),
        words("静 丽 敏 燕 芳 娟 霞 红 艳 丽华 晓燕 美玲 海燕 雪梅 春燕 莉 洁 慧 琳 英 晓红 佳 婷 蓓蕾"),
        words("欣怡 梓涵 诗涵 雨萱 子涵 佳怡 思琪 可馨 一诺 若曦 语嫣 婉清 雨桐 梦瑶 心怡 紫萱 依诺 静怡 欣妍 诗雨")};

    /** Roads by street id (the ten streets and towns of Changning). */
    private static final Map<String, String[]> ROADS = Map.of(
            "huayanglu", words("华阳路 长宁路 安西路 镇宁路 武夷路 延安西路"),
            "jiangsulu", words("江苏路 愚园路 武夷路 长宁路 利西路 宣化路"),
            "xinhualu", words("新华路 番禺路 法华镇路 定西路 安顺路 淮海西路"),
            "zhoujiaqiao", words("长宁路 中山西路 汇川路 万航渡路 长宁支路"),
            "tianshanlu", words("天山路 娄山关路 遵义路 茅台路 天山支路 紫云路"),
            "xianxiaxincun", words("仙霞路 茅台路 威宁路 水城路 虹古路 芙蓉江路"),
            "hongqiao", words("虹桥路 古北路 延安西路 兴义路 伊犁路 中山西路"),
            "chengjiaqiao", words("虹桥路 哈密路 程家桥路 剑河路"),
            "beixinjing", words("天山西路 哈密路 协和路 广顺路 北虹路"),
            "xinjing", words("剑河路 福泉路 泉口路 天山西路 可乐路"));

    /** Roads for a street id not in the table. */
    private static final String[] GENERIC_ROADS = words("长宁路 延安西路 虹桥路");

    private DemoNames() {
    }

    /** A random common surname. */
    static String surname(SplittableRandom r) {
        return pick(r, SURNAMES);
    }

    /** A given name fitting the sex and the birth year's generation. */
    static String givenName(SplittableRandom r, Sex sex, int birthYear) {
        int generation = birthYear < 1960 ? 0 : birthYear < 1990 ? 1 : 2;
        return pick(r, (sex == Sex.MALE ? MALE : FEMALE)[generation]);
    }

    /** An address on a road of the street, e.g. {@code 长宁区天山路 123 弄 4 号 502 室}. */
    static String address(SplittableRandom r, String streetId) {
        String road = pick(r, ROADS.getOrDefault(streetId, GENERIC_ROADS));
        int room = r.nextInt(1, 19) * 100 + r.nextInt(1, 5);
        if (r.nextInt(4) > 0) {
            return "长宁区" + road + " " + r.nextInt(1, 1600) + " 弄 " + r.nextInt(1, 60) + " 号 " + room + " 室";
        }
        return "长宁区" + road + " " + r.nextInt(1, 2000) + " 号 " + room + " 室";
    }

    /** A random element of a non-empty array. */
    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    /** A random element of a non-empty list. */
    static <T> T pick(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String[] words(String spaceSeparated) {
        return spaceSeparated.split(" ");
    }

    private static String[] split(String chars) {
        return chars.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    }
}
