package org.gongpei.service.rest;

import java.io.ByteArrayOutputStream;
import java.util.List;

import jakarta.ws.rs.core.Response;
import org.gongpei.service.county.InputError;
import org.gongpei.service.report.SheetTexts;

/** What the resources that answer with an {@code .xlsx} workbook share: its words and its download. */
final class Workbooks {

    static final String XLSX = EvaluationReportResource.XLSX;

    private Workbooks() {
    }

    /** @return the bundle's words in the language asked for (zh or en), or null with an input error naming lang */
    static SheetTexts texts(String bundle, String lang, List<InputError> errors) {
        try {
            return SheetTexts.of(bundle, lang == null ? "" : lang.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InputError("query", "lang", e.getMessage()));
            return null;
        }
    }

    /** @return the workbook as a download under this file name (anything but ASCII letters, digits, ._- made _) */
    static Response attachment(ByteArrayOutputStream workbook, String fileName) {
        return Response.ok(workbook.toByteArray(), XLSX).header("Content-Disposition",
                "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").build();
    }
}
