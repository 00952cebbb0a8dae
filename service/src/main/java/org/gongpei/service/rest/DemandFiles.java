package org.gongpei.service.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;
import org.gongpei.service.plan.DemandUpload;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The demand CSV files of a multipart form: {@code down} required, {@code up} optional. */
final class DemandFiles {

    private DemandFiles() {
    }

    /** @throws InvalidInputException (400) when the file is missing or not readable as UTF-8 */
    static DemandUpload.CsvFile down(FileUpload down) {
        if (down == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The form cannot be read",
                    List.of(new InputError("form", "down", "the file down (parcels to villages, CSV) is missing")));
        }
        return csv(down, "down.csv");
    }

    /** @return the file, or null when none was sent */
    static DemandUpload.CsvFile up(FileUpload up) {
        return up == null ? null : csv(up, "up.csv");
    }

    private static DemandUpload.CsvFile csv(FileUpload upload, String defaultName) {
        String name = upload.fileName() == null || upload.fileName().isBlank() ? defaultName : upload.fileName();
        try {
            return new DemandUpload.CsvFile(name, Files.readString(upload.uploadedFile(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "Upload cannot be read",
                    List.of(new InputError(name, null, "not readable as UTF-8 text: " + e.getMessage())));
        }
    }
}
