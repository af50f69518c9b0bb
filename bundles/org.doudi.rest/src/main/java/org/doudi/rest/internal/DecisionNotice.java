package org.doudi.rest.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.CaseTransition;
import org.doudi.api.program.Amounts;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.RuleOutcome;

/**
 * The decision notice (审核确认决定通知书) of a case as a printable, self-contained HTML page: the decision, every
 * rule with the figures it compared (a refusal names the rule that failed), the amount with its breakdown, the
 * parameters in force, and the applicant's remedies (复核, 行政复议, 行政诉讼). Every dynamic text is escaped; the
 * page loads nothing and runs no script.
 */
public final class DecisionNotice {

    private DecisionNotice() {
    }

    /** True once the case carries a decision a notice can be issued for: confirmed, granted or refused. */
    public static boolean decided(CaseStatus status) {
        return status != null && status.decided();
    }

    /**
     * The notice of a decided case.
     *
     * @param c          the case, decided; its evaluation may be missing only for a refusal taken while the
     *                   program was not installed (the recorded reason then stands alone)
     * @param streetName the street's name (the deciding office), e.g. 天山路街道
     * @param program    the program, or null when it is not installed any more (its id is shown instead)
     */
    public static String html(CaseFile c, String streetName, ProgramInfo program) {
        if (!decided(c.status())) {
            throw new IllegalArgumentException("case " + c.id() + " has no decision");
        }
        ProgramDecision d = c.decision();
        boolean granted = c.status() != CaseStatus.REFUSED;
        String zh = program == null ? c.programId() : program.nameZh();
        String en = program == null ? c.programId() : program.nameEn();
        String street = streetName == null ? c.street() : streetName;
        StringBuilder o = new StringBuilder(8192);
        o.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(zh)).append(" 审核确认决定通知书 / Decision notice</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        o.append("<h1>").append(esc(zh)).append(" 审核确认决定通知书</h1>\n<p class=\"sub\">Decision notice — ")
                .append(esc(en)).append("</p>\n");
        o.append("<table class=\"facts\">\n");
        row(o, "案件编号", "Case", esc(c.id()));
        row(o, "家庭编号", "Household", esc(c.householdId()));
        row(o, "救助项目", "Program", esc(zh) + (program == null ? "" : " (" + esc(c.programId()) + ")"));
        row(o, "街道（镇）", "Street", esc(street));
        row(o, "受理日期", "Accepted on", esc(c.acceptedOn()));
        row(o, "决定日期", "Decided on", esc(decidedOn(c)));
        if (c.agentName() != null) {
            row(o, "代办人/监护人", "Agent or guardian", esc(c.agentName())
                    + (c.agentRelation() == null ? "" : "（" + esc(c.agentRelation()) + "）"));
        }
        o.append("</table>\n");
        decision(o, c, d, granted, zh, en);
        if (d != null) {
            if (granted) {
                amount(o, d);
            }
            rules(o, d);
            parameters(o, d);
        }
        rights(o, street, granted);
        o.append("<div class=\"sign\"><div>申请人签收 / Received by: ________________<br>日期 / Date: ____________</div>")
                .append("<div class=\"seal\">").append(esc(street)).append("（盖章 / seal）<br>")
                .append(esc(decidedOn(c))).append("</div></div>\n");
        o.append("</body>\n</html>\n");
        return o.toString();
    }

    private static void decision(StringBuilder o, CaseFile c, ProgramDecision d, boolean granted, String zh,
            String en) {
        o.append("<div class=\"decision\"><strong>决定 / Decision: ").append(granted ? "准予" : "不予").append("</strong> — ")
                .append(granted ? "经审核，决定准予" + esc(zh) + "。 The application for " + esc(en)
                        + " is granted (confirmed)."
                        : "经审核，决定不予批准" + esc(zh) + "。 The application for " + esc(en) + " is refused.");
        String reason = decisionReason(c);
        if (reason != null) {
            o.append("<br>理由 / Reason recorded: ").append(esc(reason));
        }
        List<RuleOutcome> failed = d == null || d.reasons() == null ? List.of()
                : d.reasons().stream().filter(r -> !r.passed()).collect(Collectors.toList());
        if (!granted && !failed.isEmpty()) {
            o.append("<p>不符合的条件 / Rules not met:</p>\n<ul>");
            for (RuleOutcome r : failed) {
                o.append("<li><strong>").append(esc(r.rule())).append("</strong>: ").append(esc(r.detail()))
                        .append(figures(r.figures())).append("</li>");
            }
            o.append("</ul>");
        }
        o.append("</div>\n");
    }

    private static void amount(StringBuilder o, ProgramDecision d) {
        BigDecimal monthly = d.monthlyAmount() == null ? BigDecimal.ZERO : d.monthlyAmount();
        o.append("<h2>救助金额 / Monthly amount</h2>\n<p class=\"amount\">每月 / per month: ")
                .append(esc(Amounts.yuan(monthly))).append(" 元 (yuan)");
        if (d.validUntil() != null) {
            o.append("　有效期至（复审）/ valid until review: ").append(esc(d.validUntil()));
        }
        o.append("</p>\n");
        if (d.breakdown() != null && !d.breakdown().isEmpty()) {
            o.append("<table><tr><th>项目 / Item</th><th>计算 / Calculation</th><th>金额 / Amount</th></tr>\n");
            for (BenefitLine l : d.breakdown()) {
                o.append("<tr><td>").append(esc(l.item())).append("</td><td>").append(esc(l.detail()))
                        .append("</td><td class=\"num\">")
                        .append(l.amount() == null ? "" : esc(Amounts.yuan(l.amount()))).append("</td></tr>\n");
            }
            o.append("</table>\n");
        }
    }

    private static void rules(StringBuilder o, ProgramDecision d) {
        o.append("<h2>审核依据 / Rules applied</h2>\n<p class=\"sub\">评估日期 / Evaluated as of ").append(esc(d.asOf()))
                .append(d.programVersion() == null ? "" : "; 规则版本 / rules version " + esc(d.programVersion()))
                .append("</p>\n<table><tr><th>#</th><th>规则 / Rule</th><th>结果 / Result</th><th>说明 / Detail</th></tr>\n");
        int n = 1;
        for (RuleOutcome r : d.reasons() == null ? List.<RuleOutcome>of() : d.reasons()) {
            o.append("<tr").append(r.passed() ? "" : " class=\"failed\"").append("><td>").append(n++)
                    .append("</td><td>").append(esc(r.rule())).append("</td><td>")
                    .append(r.passed() ? "符合 / passed" : "不符合 / failed").append("</td><td>").append(esc(r.detail()))
                    .append(figures(r.figures())).append("</td></tr>\n");
        }
        o.append("</table>\n");
    }

    private static void parameters(StringBuilder o, ProgramDecision d) {
        if (d.parameters() == null || d.parameters().isEmpty()) {
            return;
        }
        o.append("<h2>适用标准 / Parameters in force</h2>\n<table>");
        d.parameters().forEach((name, value) -> o.append("<tr><td>").append(esc(name)).append("</td><td class=\"num\">")
                .append(esc(value(value))).append("</td></tr>"));
        o.append("</table>\n");
    }

    private static void rights(StringBuilder o, String street, boolean granted) {
        o.append("<div class=\"rights\"><h2>权利告知 / Your rights</h2>\n<p>如对本决定不服，可以向").append(esc(street))
                .append("申请复核；也可以自收到本通知之日起60日内依法申请行政复议，或者自收到本通知之日起6个月内依法向人民法院提起行政诉讼。</p>\n")
                .append("<p class=\"sub\">If you disagree with this decision, you may ask ").append(esc(street))
                .append(" to review it (复核). You may also apply for administrative reconsideration (行政复议) within "
                        + "60 days of receiving this notice, or bring an administrative lawsuit (行政诉讼) before the "
                        + "people's court within 6 months of receiving this notice.</p>\n");
        if (granted) {
            o.append("<p>享受救助期间，家庭人口、收入、财产状况发生变化的，应当及时告知").append(esc(street))
                    .append("。</p>\n<p class=\"sub\">While you receive assistance, tell ").append(esc(street))
                    .append(" promptly of any change in your household's members, income or assets.</p>\n");
        }
        o.append("</div>\n");
    }

    private static Object decidedOn(CaseFile c) {
        return c.decidedOn() != null || c.decision() == null ? c.decidedOn() : c.decision().asOf();
    }

    /** Why the decision was taken, as recorded with the move to the decision. */
    private static String decisionReason(CaseFile c) {
        CaseStatus decisive = c.status() == CaseStatus.REFUSED ? CaseStatus.REFUSED : CaseStatus.CONFIRMED;
        String reason = null;
        for (CaseTransition t : c.transitions() == null ? List.<CaseTransition>of() : c.transitions()) {
            if (t.to() == decisive) {
                reason = t.reason();
            }
        }
        return reason;
    }

    private static String figures(Map<String, Object> figures) {
        if (figures == null || figures.isEmpty()) {
            return "";
        }
        return "<br><span class=\"fig\">" + figures.entrySet().stream()
                .map(e -> esc(e.getKey()) + " " + esc(value(e.getValue()))).collect(Collectors.joining("; "))
                + "</span>";
    }

    /** A figure or parameter as staff read it: amounts with two decimals as 1,330.00, factors as 1.5. */
    static String value(Object v) {
        if (v instanceof BigDecimal) {
            BigDecimal b = (BigDecimal) v;
            return b.scale() == 2 ? Amounts.yuan(b) : Amounts.factor(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return Amounts.factor(BigDecimal.valueOf(((Number) v).doubleValue()));
        }
        return v == null ? "" : v.toString();
    }

    private static void row(StringBuilder o, String zh, String en, String valueHtml) {
        o.append("<tr><th>").append(zh).append(" / ").append(en).append("</th><td>").append(valueHtml)
                .append("</td></tr>\n");
    }

    /** Text made safe inside HTML elements and quoted attributes. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&#39;"); break;
                default: b.append(ch);
            }
        }
        return b.toString();
    }

    private static final String CSS = "\n@page{size:A4;margin:15mm}\n"
            + "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;font-size:11pt;line-height:1.5;"
            + "color:#000;background:#fff;max-width:180mm;margin:10mm auto;padding:0 5mm}\n"
            + "h1{font-size:17pt;text-align:center;margin:0 0 1mm}\n"
            + "h2{font-size:12.5pt;margin:5mm 0 1mm;border-bottom:1px solid #000}\n"
            + ".sub,.fig{color:#333;font-size:9.5pt}\np.sub{margin:0 0 2mm}h1+.sub{text-align:center}\n"
            + "table{border-collapse:collapse;width:100%;margin:2mm 0}\n"
            + "th,td{border:1px solid #444;padding:1.2mm 2mm;text-align:left;vertical-align:top}\n"
            + "table.facts th{width:38%;font-weight:normal;background:#f3f3f3}\n"
            + "td.num{text-align:right;white-space:nowrap}\n"
            + "tr.failed td{font-weight:bold;background:#fbeaea}\n"
            + ".decision{border:2px solid #000;padding:3mm;margin:4mm 0}\n"
            + ".decision ul{margin:1mm 0 0 5mm;padding:0}.decision p{margin:2mm 0 0}\n"
            + ".amount{font-size:13pt;font-weight:bold;margin:1mm 0}\n"
            + ".sign{display:flex;justify-content:space-between;margin-top:14mm}.seal{text-align:right}\n"
            + "@media print{body{margin:0;max-width:none;padding:0}"
            + "tr,.decision,.rights,.sign{page-break-inside:avoid}tr.failed td{background:none}}\n";
}
