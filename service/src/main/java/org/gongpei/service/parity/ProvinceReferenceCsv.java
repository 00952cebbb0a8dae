package org.gongpei.service.parity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongpei.service.county.CsvTable;
import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * A CSV file of province references: a header with the columns {@value #COLUMNS} (in any order) and one row per
 * province and year, each checked by {@link ProvinceReferenceChecks}. A file is taken whole or not at all.
 */
public final class ProvinceReferenceCsv {

    /** The columns, as the header names them. */
    public static final String COLUMNS = "province,capital,year,yuanPerParcel,source,sourceDate";
    /** The largest file read, bytes: some thousand rows, far more than provinces × years. */
    public static final int MAX_BYTES = 256 * 1024;
    static final String FILE = "references.csv";

    private ProvinceReferenceCsv() {
    }

    /**
     * Reads at most {@link #MAX_BYTES} + 1 bytes of a file.
     *
     * @throws InvalidInputException (422) for a larger file or one that is not UTF-8 text
     */
    public static String text(InputStream in, String name) {
        byte[] bytes;
        try (in) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The file cannot be read",
                    List.of(new InputError(name, null, "the upload cannot be read: " + e.getMessage())));
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(name, "the file is larger than " + MAX_BYTES / 1024 + " KiB", "fileTooLarge");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name, "the file is not UTF-8 text", "notUtf8");
        }
    }

    /**
     * @param text the file's text
     * @return every row, checked
     * @throws InvalidInputException (422) naming every bad cell by row and column, and nothing is taken
     */
    public static List<ProvinceReferenceChecks.Checked> read(String text) {
        List<InputError> errors = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvTable table = CsvTable.parse(FILE, text, List.of(COLUMNS.split(",")), errors);
        List<ProvinceReferenceChecks.Checked> rows = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        if (errors.isEmpty()) {
            for (int r = 0; r < table.size(); r++) {
                String location = table.location(r);
                ProvinceReferenceChecks.Checked row = ProvinceReferenceChecks.check(location, location,
                        table.text(r, "province"), table.text(r, "year"), table.text(r, "capital"),
                        table.text(r, "yuanPerParcel"), table.text(r, "source"), table.text(r, "sourceDate"), errors);
                if (row != null) {
                    String earlier = seen.putIfAbsent(row.province() + "\u0000" + row.year(), location);
                    if (earlier != null) {
                        errors.add(new InputError(location, "year", row.province() + " " + row.year()
                                + " is also in " + earlier, "duplicate"));
                    }
                    rows.add(row);
                }
            }
            if (table.size() == 0) {
                errors.add(new InputError(FILE, null, "the file has a header but no row", "noRows"));
            }
        }
        if (!errors.isEmpty()) {
            errors.replaceAll(e -> e.code() != null ? e : new InputError(e.location(), e.field(), e.message(), "csvSyntax"));
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, errors.size()
                    + " problem(s) in the province references; nothing was stored", errors);
        }
        return rows;
    }

    private static InvalidInputException refused(String name, String message, String code) {
        return new InvalidInputException(InvalidInputException.Kind.INVALID, "The file is refused",
                List.of(new InputError(name, null, message, code)));
    }
}
