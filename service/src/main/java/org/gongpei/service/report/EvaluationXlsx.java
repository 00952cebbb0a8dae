package org.gongpei.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
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
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(texts.get("sheet.summary")), report, texts, styles);
            RecordCompliance compliance = report.compliance();
            groups(workbook.createSheet(texts.get("sheet.townships")), texts, styles, "township",
                    compliance.townships());
            groups(workbook.createSheet(texts.get("sheet.villages")), texts, styles, "name", compliance.villages());
            Sheet notServed = workbook.createSheet(texts.get("sheet.notServed"));
            Writer rows = new Writer(notServed, styles);
            rows.header(texts, "code", "name", "township");
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

    private static void summary(Sheet sheet, EvaluationReport report, ReportTexts texts, Styles styles) {
        Writer rows = new Writer(sheet, styles);
        rows.header(texts, "item", "value");
        rows.next().text(texts.get("title")).text(null);
        rows.next().text(texts.get("county")).text(report.county().name() + " (" + report.county().code() + ")");
        rows.next().text(texts.get("period")).text(texts.get("periodValue", report.from().toString(),
                report.to().minusDays(1).toString(), report.to().toString()));
        rows.next().text(texts.get("target")).whole(report.targetHours());
        rows.next().text(texts.get("madeAt")).time(shanghai(report.madeAt()));
        RecordCompliance.Figures total = report.compliance().total();
        rows.next().text(texts.get("parcels")).whole(total.parcels());
        rows.next().text(texts.get("withinTarget")).whole(total.withinTarget());
        rows.next().text(texts.get("share")).share(total.share());
        rows.next().text(texts.get("median")).hours(total.medianHours());
        rows.next().text(texts.get("p95")).hours(total.p95Hours());
        rows.next().text(texts.get("completeness")).share(report.compliance().completeShare());
        rows.next().text(texts.get("villagesTotal")).whole(report.county().villages());
        rows.next().text(texts.get("villagesServed")).whole(report.servedVillages());
        rows.next().text(texts.get("villagesNotServed")).whole(report.notServed().size());
        rows.next().text(texts.get("intact")).text(texts.get(report.chain().intact() ? "intactYes" : "intactNo"));
        rows.next().text(texts.get("source")).text(null);
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void groups(Sheet sheet, ReportTexts texts, Styles styles, String nameKey,
            List<RecordCompliance.Group> groups) {
        Writer rows = new Writer(sheet, styles);
        rows.header(texts, "code", nameKey, "parcels", "withinTarget", "share", "median", "p95");
        for (RecordCompliance.Group group : groups) {
            RecordCompliance.Figures figures = group.figures();
            rows.next().text(group.key()).text(group.name()).whole(figures.parcels()).whole(figures.withinTarget())
                    .share(figures.share()).hours(figures.medianHours()).hours(figures.p95Hours());
        }
    }

    private static void integrity(Sheet sheet, EvaluationReport report, ReportTexts texts, Styles styles) {
        Writer rows = new Writer(sheet, styles);
        rows.header(texts, "rule", "run", "count", "note");
        for (RuleResult rule : report.integrity().rules()) {
            rows.next().text(texts.rule(rule.rule())).text(texts.yesNo(rule.run())).whole(rule.count())
                    .text(texts.note(rule));
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(3, 70 * 256);
    }

    private static void findings(Sheet sheet, EvaluationReport report, ReportTexts texts, Styles styles) {
        Writer rows = new Writer(sheet, styles);
        rows.header(texts, "rule", "waybills", "villages", "vehicle", "at", "detail");
        for (RuleResult rule : report.integrity().rules()) {
            for (Finding finding : rule.findings().subList(0, Math.min(FINDINGS_PER_RULE, rule.findings().size()))) {
                rows.next().text(texts.rule(rule.rule())).text(String.join(", ", finding.waybills()))
                        .text(String.join(", ", finding.villageCodes())).text(finding.vehicle())
                        .time(finding.at() == null ? null : shanghai(finding.at())).text(texts.detail(finding));
            }
        }
    }

    private static void chain(Sheet sheet, ChainVerification chain, ReportTexts texts, Styles styles) {
        Writer rows = new Writer(sheet, styles);
        rows.header(texts, "item", "value");
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

    /** The number formats of the workbook. */
    private record Styles(CellStyle header, CellStyle whole, CellStyle share, CellStyle hours, CellStyle time) {

        Styles(SXSSFWorkbook workbook) {
            this(style(workbook, null, true), style(workbook, "#,##0", false), style(workbook, "0.0%", false),
                    style(workbook, "0.0", false), style(workbook, "yyyy-mm-dd hh:mm", false));
        }

        private static CellStyle style(SXSSFWorkbook workbook, String format, boolean bold) {
            CellStyle style = workbook.createCellStyle();
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            if (bold) {
                var font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            return style;
        }
    }

    /** Appends rows to a sheet, one cell after another. */
    private static final class Writer {
        private final Sheet sheet;
        private final Styles styles;
        private Row row;
        private int column;

        Writer(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void header(ReportTexts texts, String... keys) {
            next();
            for (String key : keys) {
                row.createCell(column++).setCellValue(texts.get(key));
                row.getCell(column - 1).setCellStyle(styles.header());
            }
        }

        Writer next() {
            row = sheet.createRow(rowCount());
            column = 0;
            return this;
        }

        private int rowCount() {
            return row == null ? 0 : row.getRowNum() + 1;
        }

        Writer text(String value) {
            var cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value);
            }
            return this;
        }

        Writer whole(long value) {
            return number(value, styles.whole());
        }

        Writer share(double value) {
            return number(value, styles.share());
        }

        Writer hours(double value) {
            return number(value, styles.hours());
        }

        Writer time(LocalDateTime value) {
            var cell = row.createCell(column++);
            if (value != null) {
                cell.setCellValue(value);
                cell.setCellStyle(styles.time());
            }
            return this;
        }

        private Writer number(double value, CellStyle style) {
            var cell = row.createCell(column++);
            cell.setCellValue(value);
            cell.setCellStyle(style);
            return this;
        }
    }
}
