package org.gongpei.planning.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A record file as an Excel workbook ({@code .xlsx}), its first sheet read as a stream with Apache POI's SAX
 * event reader: rows are handed on as they are parsed, never held as a workbook. Cells formatted as dates are
 * read as ISO-8601 local date-times; other cells as Excel shows them.
 */
final class XlsxLedgerFile implements LedgerFile {

    private final Path file;

    XlsxLedgerFile(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowSink sink) throws IOException {
        RowCollector rows = new RowCollector(sink);
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new LedgerFileException(1, "The workbook has no sheet", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof LedgerFileException known) {
                throw known;
            }
            throw new LedgerFileException(rows.lastRow + 1, "The file is not a readable Excel workbook (.xlsx): "
                    + e.getMessage(), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser", e);
        }
    }

    /** Gathers a row's cells by column (empty cells are skipped by the event reader) and hands the row on. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> fields = new ArrayList<>();
        private long lastRow;

        RowCollector(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            fields.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (fields.stream().allMatch(field -> field == null || field.isBlank())) {
                return;
            }
            lastRow = rowNum + 1L;
            sink.row(lastRow, fields);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? fields.size() : new CellReference(reference).getCol();
            while (fields.size() < column) {
                fields.add(null);
            }
            fields.add(value);
        }
    }

    /** Formats date cells as ISO-8601 local date-times, whatever their display format. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
