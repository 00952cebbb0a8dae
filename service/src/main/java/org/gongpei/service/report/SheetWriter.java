package org.gongpei.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Appends rows to a sheet of the service's workbooks, one cell after another, with the number formats they share:
 * bold headers, whole numbers and yuan with thousands separators, yuan to the fen, shares as percentages, one decimal,
 * two decimals (ratios), date and time.
 * A null leaves its cell empty.
 */
public final class SheetWriter {

    /** The cell styles of one workbook, made once and shared by its sheets. */
    public record Styles(CellStyle header, CellStyle whole, CellStyle share, CellStyle decimal, CellStyle time,
            CellStyle fen, CellStyle ratio) {

        public static Styles of(SXSSFWorkbook workbook) {
            return new Styles(style(workbook, null, true), style(workbook, "#,##0", false), style(workbook, "0.0%", false),
                    style(workbook, "0.0", false), style(workbook, "yyyy-mm-dd hh:mm", false),
                    style(workbook, "#,##0.00", false), style(workbook, "0.00", false));
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

    private final Sheet sheet;
    private final Styles styles;
    private Row row;
    private int column;

    public SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /**
     * Makes a streaming workbook, lets the sheets be written with the workbook's styles, writes it out and frees its
     * temporary files.
     */
    public static void workbook(OutputStream out, BiConsumer<SXSSFWorkbook, Styles> sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            sheets.accept(workbook, Styles.of(workbook));
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** The sheet written to. */
    public Sheet sheet() {
        return sheet;
    }

    /** A header row of the texts of these keys. */
    public SheetWriter header(Function<String, String> texts, String... keys) {
        next();
        for (String key : keys) {
            var cell = row.createCell(column++);
            cell.setCellValue(texts.apply(key));
            cell.setCellStyle(styles.header());
        }
        return this;
    }

    /** Starts the next row. */
    public SheetWriter next() {
        row = sheet.createRow(row == null ? 0 : row.getRowNum() + 1);
        column = 0;
        return this;
    }

    public SheetWriter text(String value) {
        var cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /** A whole number, or yuan, with thousands separators. */
    public SheetWriter whole(Number value) {
        return number(value, styles.whole());
    }

    /** A share, 0–1, shown as a percentage. */
    public SheetWriter share(Number value) {
        return number(value, styles.share());
    }

    /** Yuan to the fen (two decimals), with thousands separators, such as a cost per parcel. */
    public SheetWriter yuan(Number value) {
        return number(value, styles.fen());
    }

    /** A number with two decimals, such as a ratio to a reference. */
    public SheetWriter ratio(Number value) {
        return number(value, styles.ratio());
    }

    /** A date without a time. */
    public SheetWriter date(java.time.LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    /** A number with one decimal, such as hours. */
    public SheetWriter decimal(Number value) {
        return number(value, styles.decimal());
    }

    public SheetWriter time(LocalDateTime value) {
        var cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.time());
        }
        return this;
    }

    private SheetWriter number(Number value, CellStyle style) {
        var cell = row.createCell(column++);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
        return this;
    }
}
