package org.gongpei.service.report;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.service.ledger.ChainVerification;
import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.ledger.RecordCompliance;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the evaluation report as a printable A4 PDF through OpenPDF, in the report font (embedded). Every value
 * from the data, village names included, is set as plain text.
 */
@ApplicationScoped
public class EvaluationPdf {

    static final int SAMPLES = 5;
    static final int WORST_VILLAGES = 20;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    ReportFont font;

    /** @throws ReportFontMissingException when the report font cannot be read, before anything is written */
    public void write(EvaluationReport report, ReportTexts texts, OutputStream out) {
        Font title = new Font(font.baseFont(), 16, Font.BOLD);
        Font heading = new Font(font.baseFont(), 12, Font.BOLD);
        Font body = new Font(font.baseFont(), 9);
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Paragraph top = new Paragraph(texts.get("title"), title);
        top.setAlignment(Element.ALIGN_CENTER);
        document.add(top);
        PdfPTable head = table(body, 2, new float[] {1, 3});
        row(head, body, texts.get("county"), report.county().name() + " (" + report.county().code() + ")");
        row(head, body, texts.get("period"), texts.get("periodValue", report.from().toString(),
                report.to().minusDays(1).toString(), report.to().toString()));
        row(head, body, texts.get("target"), texts.get("targetValue", report.targetHours()));
        row(head, body, texts.get("madeAt"), TIME.format(report.madeAt()));
        row(head, body, texts.get("remoteRule"), texts.remoteRule(report.compliance().exemption()));
        document.add(head);
        document.add(new Paragraph(texts.get("source"), body));

        RecordCompliance compliance = report.compliance();
        document.add(new Paragraph(texts.get("section.indicator"), heading));
        PdfPTable indicator = table(body, 5, null);
        header(indicator, body, texts, "parcels", "withinTarget", "share", "median", "p95");
        figures(indicator, body, compliance.total());
        document.add(indicator);

        document.add(new Paragraph(texts.get("section.completeness"), heading));
        document.add(new Paragraph(texts.get("completeness") + ": " + ReportNumbers.percent(compliance.completeShare()),
                body));

        document.add(new Paragraph(texts.get("section.villages"), heading));
        document.add(new Paragraph(texts.get("villagesTotal") + ": " + report.county().villages() + "    "
                + texts.get("villagesServed") + ": " + report.servedVillages() + "    " + texts.get("villagesNotServed")
                + ": " + report.notServed().size(), body));

        List<RecordCompliance.Group> worst = compliance.villages().subList(0,
                Math.min(WORST_VILLAGES, compliance.villages().size()));
        if (!worst.isEmpty()) {
            document.add(new Paragraph(texts.get("worstVillages", worst.size()), body));
            PdfPTable villages = table(body, 7, new float[] {3, 3, 2, 2, 2, 2, 2});
            header(villages, body, texts, "code", "name", "parcels", "withinTarget", "share", "median", "p95");
            for (RecordCompliance.Group village : worst) {
                cells(villages, body, village.key(), village.name());
                figures(villages, body, village.figures());
            }
            document.add(villages);
        }

        document.add(new Paragraph(texts.get("section.townships"), heading));
        PdfPTable townships = table(body, 6, new float[] {3, 2, 2, 2, 2, 2});
        header(townships, body, texts, "township", "parcels", "withinTarget", "share", "median", "p95");
        for (RecordCompliance.Group township : compliance.townships()) {
            cells(townships, body, township.name() == null ? township.key() : township.name());
            figures(townships, body, township.figures());
        }
        document.add(townships);

        document.add(new Paragraph(texts.get("section.integrity"), heading));
        PdfPTable rules = table(body, 4, new float[] {4, 1, 1, 5});
        header(rules, body, texts, "rule", "run", "count", "note");
        for (RuleResult rule : report.integrity().rules()) {
            cells(rules, body, texts.rule(rule.rule()), texts.yesNo(rule.run()), Long.toString(rule.count()),
                    texts.note(rule));
        }
        document.add(rules);
        for (RuleResult rule : report.integrity().rules()) {
            if (rule.findings().isEmpty()) {
                continue;
            }
            List<Finding> samples = rule.findings().subList(0, Math.min(SAMPLES, rule.findings().size()));
            document.add(new Paragraph(texts.get("samples", texts.rule(rule.rule()), samples.size(), rule.count()),
                    body));
            PdfPTable findings = table(body, 5, new float[] {3, 3, 2, 2, 5});
            header(findings, body, texts, "waybills", "villages", "vehicle", "at", "detail");
            for (Finding finding : samples) {
                cells(findings, body, String.join(", ", finding.waybills()), String.join(", ", finding.villageCodes()),
                        finding.vehicle(), finding.at() == null ? "" : TIME.format(finding.at()), texts.detail(finding));
            }
            document.add(findings);
        }

        ChainVerification chain = report.chain();
        document.add(new Paragraph(texts.get("section.chain"), heading));
        PdfPTable verification = table(body, 2, new float[] {1, 3});
        row(verification, body, texts.get("intact"), texts.get(chain.intact() ? "intactYes" : "intactNo"));
        row(verification, body, texts.get("batches"), Integer.toString(chain.batches()));
        row(verification, body, texts.get("rows"), Long.toString(chain.rows()));
        row(verification, body, texts.get("head"), chain.headSha256() == null ? "" : chain.headSha256());
        row(verification, body, texts.get("checkedAt"), TIME.format(chain.checkedAt()));
        document.add(verification);
        for (ChainVerification.BatchFinding batch : chain.findings()) {
            document.add(new Paragraph(texts.get("changedBatch", batch.seq(), batch.fileName(),
                    batch.changedRows().size(), texts.yesNo(batch.contentChanged()), texts.yesNo(batch.chainBroken())),
                    body));
        }
        if (!report.notServed().isEmpty()) {
            document.add(new Paragraph(texts.get("appendixNotServed"), heading));
            PdfPTable villages = table(body, 3, new float[] {2, 3, 2});
            header(villages, body, texts, "code", "name", "township");
            for (EvaluationReport.Village village : report.notServed()) {
                cells(villages, body, village.code(), village.name(), village.townshipCode());
            }
            document.add(villages);
        }
        document.close();
    }

    private static PdfPTable table(Font body, int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        if (widths != null) {
            table.setWidths(widths);
        }
        table.setHeaderRows(0);
        return table;
    }

    private static void header(PdfPTable table, Font body, ReportTexts texts, String... keys) {
        Font bold = new Font(body.getBaseFont(), body.getSize(), Font.BOLD);
        for (String key : keys) {
            PdfPCell cell = new PdfPCell(new Phrase(texts.get(key), bold));
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, Font body, String label, String value) {
        cells(table, body, label, value);
    }

    private static void cells(PdfPTable table, Font body, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, body)));
        }
    }

    private static void figures(PdfPTable table, Font body, RecordCompliance.Figures figures) {
        cells(table, body, Long.toString(figures.parcels()), Long.toString(figures.withinTarget()),
                ReportNumbers.percent(figures.share()), ReportNumbers.hours(figures.medianHours()),
                ReportNumbers.hours(figures.p95Hours()));
    }
}
