package org.gongpei.service.county;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with submitted data.
 *
 * @param location where: e.g. {@code villages[12]} in JSON or {@code villages.csv row 14} in CSV
 * @param field the field, e.g. {@code lat}; null when the whole record is wrong
 * @param message what is wrong, in a sentence that names the offending value
 * @param code what is wrong as a stable code a page can say in its user's language (e.g. {@code notPositive});
 *        absent where the message is the only form
 */
public record InputError(String location, String field, String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

    /** An error told in its message only. */
    public InputError(String location, String field, String message) {
        this(location, field, message, null);
    }
}
