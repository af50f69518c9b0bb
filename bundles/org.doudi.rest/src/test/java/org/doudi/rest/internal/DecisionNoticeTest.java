package org.doudi.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doudi.api.casework.CaseFile;
import org.doudi.api.casework.CaseStatus;
import org.doudi.api.casework.CaseTransition;
import org.doudi.api.program.BenefitLine;
import org.doudi.api.program.ProgramDecision;
import org.doudi.api.program.ProgramInfo;
import org.doudi.api.program.RuleOutcome;
import org.junit.Test;

public class DecisionNoticeTest {
    static final ProgramInfo DIBAO = new ProgramInfo("dibao", "最低生活保障", "minimum livelihood guarantee", "0.1.0",
            true, 12, List.of());
    static final LocalDate DECIDED = LocalDate.of(2024, 5, 31);

    @Test
    public void aGrantShowsTheAmountWithItsBreakdownInYuan() {
        String html = DecisionNotice.html(decided(CaseStatus.GRANTED, g1()), "天山路街道", DIBAO);
        assertTrue(html, html.contains("最低生活保障 审核确认决定通知书"));
        assertTrue(html.contains("准予"));
        assertFalse(html.contains("不予"));
        assertTrue(html.contains("1,590.00 元"));
        assertTrue(html.contains("(1,330.00 − 800.00) × 3 = 1,590.00"));
        assertTrue(html.contains("<td class=\"num\">1,590.00</td>"));
        assertTrue("parameters in force", html.contains("<td>standard</td><td class=\"num\">1,330.00</td>"));
        assertTrue(html.contains("case-1") && html.contains("hh-1") && html.contains("天山路街道"));
        assertTrue(html.contains("2024-05-06") && html.contains("2024-05-31"));
    }

    @Test
    public void aRefusalNamesTheFailedRuleWithItsFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("perCapitaIncome", new BigDecimal("1330.00"));
        figures.put("standard", new BigDecimal("1330.00"));
        ProgramDecision g2 = new ProgramDecision("dibao", "0.1.0", "hh-1", DECIDED, false, new BigDecimal("0.00"),
                List.of(), List.of(RuleOutcome.pass("hukou", "all members have local hukou", Map.of()),
                        RuleOutcome.fail("income", "per-capita income 1,330.00 is not below the standard 1,330.00",
                                figures)), null, Map.of("standard", new BigDecimal("1330.00")));
        String html = DecisionNotice.html(decided(CaseStatus.REFUSED, g2), "天山路街道", DIBAO);
        assertTrue(html.contains("不予"));
        assertFalse("no amount section on a refusal", html.contains("救助金额"));
        assertTrue(html, html.contains("Rules not met"));
        assertTrue(html.contains("<li><strong>income</strong>: per-capita income 1,330.00 is not below the standard "
                + "1,330.00<br><span class=\"fig\">perCapitaIncome 1,330.00; standard 1,330.00</span></li>"));
        assertTrue(html.contains("<tr class=\"failed\"><td>2</td><td>income</td><td>不符合 / failed</td>"));
        assertTrue(html.contains("<td>hukou</td><td>符合 / passed</td>"));
        assertTrue("the reason recorded with the refusal", html.contains("income above the standard"));
    }

    @Test
    public void everyDynamicTextIsEscaped() {
        ProgramDecision d = new ProgramDecision("dibao", "0.1.0", "hh-1", DECIDED, false, BigDecimal.ZERO, List.of(),
                List.of(RuleOutcome.fail("income", "<script>alert('x')</script> & \"more\"", Map.of())), null, Map.of());
        CaseFile c = decided(CaseStatus.REFUSED, d);
        c = new CaseFile(c.id(), "<b>hh</b>", c.programId(), c.street(), c.status(), c.acceptedOn(), c.deadline(), 20,
                false, false, null, null, true, true, "<img src=x onerror=alert(1)>", "父亲", null, null, DECIDED, d,
                null, c.transitions(), List.of(), List.of(), 1, Instant.EPOCH);
        String html = DecisionNotice.html(c, "<i>street</i>", null);
        assertFalse(html, html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>hh"));
        assertFalse(html.contains("<i>street"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", DecisionNotice.esc("<a href=\"x\">&'"));
    }

    @Test
    public void thePageIsSelfContainedAndPrintable() {
        String html = DecisionNotice.html(decided(CaseStatus.CONFIRMED, g1()), "天山路街道", DIBAO);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<html lang=\"zh-CN\">") && html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("@media print"));
        for (String external : List.of("<script", "<link", "<img", "src=", "href=", "http:", "https:", "@import")) {
            assertFalse(external, html.contains(external));
        }
        assertTrue(html.contains("60日内") && html.contains("6个月内"));
        assertTrue(html.contains("within 60 days of receiving this notice") && html.contains("within 6 months"));
        assertTrue(html.contains("复核") && html.contains("行政复议") && html.contains("行政诉讼"));
    }

    @Test
    public void aRefusalWithoutEvaluationStandsOnItsRecordedReason() {
        String html = DecisionNotice.html(decided(CaseStatus.REFUSED, null), "天山路街道", null);
        assertTrue(html.contains("不予") && html.contains("income above the standard"));
        assertTrue("the program id when it is not installed", html.contains("dibao 审核确认决定通知书"));
        assertFalse(html.contains("审核依据"));
        assertTrue(html.contains("2024-05-31"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aCaseWithoutDecisionHasNoNotice() {
        DecisionNotice.html(decided(CaseStatus.PUBLIC_NOTICE, null), "天山路街道", DIBAO);
    }

    @Test
    public void figuresReadAsStaffWriteThem() {
        assertEquals("1,330.00", DecisionNotice.value(new BigDecimal("1330.00")));
        assertEquals("1.5", DecisionNotice.value(new BigDecimal("1.50000")));
        assertEquals("3", DecisionNotice.value(3));
        assertEquals("2024-07-01", DecisionNotice.value(LocalDate.of(2024, 7, 1)));
    }

    static ProgramDecision g1() {
        return new ProgramDecision("dibao", "0.1.0", "hh-1", DECIDED, true, new BigDecimal("1590.00"),
                List.of(new BenefitLine("base", "(1,330.00 − 800.00) × 3 = 1,590.00", new BigDecimal("1590.00"))),
                List.of(RuleOutcome.pass("income", "per-capita income 800.00 < standard 1,330.00", Map.of())),
                DECIDED.plusMonths(12).minusDays(1), Map.of("standard", new BigDecimal("1330.00")));
    }

    static CaseFile decided(CaseStatus status, ProgramDecision d) {
        LocalDate accepted = LocalDate.of(2024, 5, 6);
        CaseStatus decisive = status == CaseStatus.REFUSED ? CaseStatus.REFUSED : CaseStatus.CONFIRMED;
        List<CaseTransition> steps = List.of(
                new CaseTransition(null, CaseStatus.ACCEPTED, accepted, Instant.EPOCH, "alice", "application", null),
                new CaseTransition(CaseStatus.PUBLIC_NOTICE, decisive, DECIDED, Instant.EPOCH, "alice",
                        status == CaseStatus.REFUSED ? "income above the standard" : "eligible", null));
        return new CaseFile("case-1", "hh-1", "dibao", "tianshanlu", status, accepted, LocalDate.of(2024, 6, 4), 20,
                false, false, null, null, true, true, null, null, "****1234", DECIDED.minusDays(1), DECIDED, d, null,
                steps, List.of(), List.of(), 3, Instant.EPOCH);
    }
}
