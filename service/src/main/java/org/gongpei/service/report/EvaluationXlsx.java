package org.gongpei.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongpei.service.ledger.ChainVerification;
import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.ledger.RecordCompliance;

/**
 * Writes the evaluation report as an {@code .xlsx} workbook through POI's streaming SXSSF: a summary sheet, then
 * townships, villages, villages not served, the integrity rules, their findings (the first
 * {@value #FINDINGS_PER_RULE} of each rule) and the chain. Shares are numbers formatted as percentages, hours with
 * one decimal, times as dates in Asia/Shanghai; every text from the data is a string cell, never a formula.
 */
@ApplicationScoped
public class EvaluationXlsx {

    static final int FINDINGS_PER_RULE = 1_000;

    /** Writes the workbook. */
    public void write(EvaluationReport report, ReportTexts texts, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetWriter.Styles styles = SheetWriter.Styles.of(workbook);
            summary(workbook.createSheet(texts.get("sheet.summary")), report, texts, styles);
            RecordCompliance compliance = report.compliance();
            groups(workbook.createSheet(texts.get("sheet.townships")), texts, styles, "township",
                    compliance.townships());
            groups(workbook.createSheet(texts.get("sheet.villages")), texts, styles, "name", compliance.villages());
            Sheet notServed = workbook.createSheet(texts.get("sheet.notServed"));
            SheetWriter rows = new SheetWriter(notServed, styles);
            rows.header(texts::get, "code", "name", "township");
            for (EvaluationReport.Village village : report.notServed()) {
                rows.next().text(village.code()).text(village.name()).text(village.townshipCode());
            }
            integrity(workbook.createSheet(texts.get("sheet.integrity")), report, texts, styles);
            findings(workbook.createSheet(texts.get("sheet.findings")), report, texts, styles);
            chain(workbook.createSheet(texts.get("sheet.chain")), report.chain(), texts, styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void summary(Sheet sheet, EvaluationReport report, ReportTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "item", "value");
        rows.next().text(texts.get("title")).text(null);
        rows.next().text(texts.get("county")).text(report.county().name() + " (" + report.county().code() + ")");
        rows.next().text(texts.get("period")).text(texts.get("periodValue", report.from().toString(),
                report.to().minusDays(1).toString(), report.to().toString()));
        rows.next().text(texts.get("target")).whole(report.targetHours());
        rows.next().text(texts.get("madeAt")).time(shanghai(report.madeAt()));
        rows.next().text(texts.get("remoteRule")).text(texts.remoteRule(report.compliance().exemption()));
        RecordCompliance.Figures total = report.compliance().total();
        rows.next().text(texts.get("parcels")).whole(total.parcels());
        rows.next().text(texts.get("withinTarget")).whole(total.withinTarget());
        rows.next().text(texts.get("share")).share(total.share());
        rows.next().text(texts.get("median")).decimal(total.medianHours());
        rows.next().text(texts.get("p95")).decimal(total.p95Hours());
        rows.next().text(texts.get("completeness")).share(report.compliance().completeShare());
        rows.next().text(texts.get("villagesTotal")).whole(report.county().villages());
        rows.next().text(texts.get("villagesServed")).whole(report.servedVillages());
        rows.next().text(texts.get("villagesNotServed")).whole(report.notServed().size());
        rows.next().text(texts.get("intact")).text(texts.get(report.chain().intact() ? "intactYes" : "intactNo"));
        rows.next().text(texts.get("source")).text(null);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void groups(Sheet sheet, ReportTexts texts, SheetWriter.Styles styles, String nameKey,
            List<RecordCompliance.Group> groups) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "code", nameKey, "parcels", "withinTarget", "share", "median", "p95");
        for (RecordCompliance.Group group : groups) {
            RecordCompliance.Figures figures = group.figures();
            rows.next().text(group.key()).text(group.name()).whole(figures.parcels()).whole(figures.withinTarget())
                    .share(figures.share()).decimal(figures.medianHours()).decimal(figures.p95Hours());
        }
    }

    private static void integrity(Sheet sheet, EvaluationReport report, ReportTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "rule", "run", "count", "note");
        for (RuleResult rule : report.integrity().rules()) {
            rows.next().text(texts.rule(rule.rule())).text(texts.yesNo(rule.run())).whole(rule.count())
                    .text(texts.note(rule));
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(3, 70 * 256);
    }

    private static void findings(Sheet sheet, EvaluationReport report, ReportTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "rule", "waybills", "villages", "vehicle", "at", "detail");
        for (RuleResult rule : report.integrity().rules()) {
            for (Finding finding : rule.findings().subList(0, Math.min(FINDINGS_PER_RULE, rule.findings().size()))) {
                rows.next().text(texts.rule(rule.rule())).text(String.join(", ", finding.waybills()))
                        .text(String.join(", ", finding.villageCodes())).text(finding.vehicle())
                        .time(finding.at() == null ? null : shanghai(finding.at())).text(texts.detail(finding));
            }
        }
    }

    private static void chain(Sheet sheet, ChainVerification chain, ReportTexts texts, SheetWriter.Styles styles) {
        SheetWriter rows = new SheetWriter(sheet, styles);
        rows.header(texts::get, "item", "value");
        rows.next().text(texts.get("intact")).text(texts.get(chain.intact() ? "intactYes" : "intactNo"));
        rows.next().text(texts.get("batches")).whole(chain.batches());
        rows.next().text(texts.get("rows")).whole(chain.rows());
        rows.next().text(texts.get("head")).text(chain.headSha256());
        rows.next().text(texts.get("checkedAt")).time(shanghai(chain.checkedAt()));
        for (ChainVerification.BatchFinding batch : chain.findings()) {
            rows.next().text(texts.get("changedBatch", batch.seq(), batch.fileName(), batch.changedRows().size(),
                    texts.yesNo(batch.contentChanged()), texts.yesNo(batch.chainBroken()))).text(null);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private static LocalDateTime shanghai(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, EvaluationPdf.TIME.getZone());
    }
}
