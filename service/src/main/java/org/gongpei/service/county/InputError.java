package org.gongpei.service.county;

/**
 * One thing wrong with submitted data.
 *
 * @param location where: e.g. {@code villages[12]} in JSON or {@code villages.csv row 14} in CSV
 * @param field the field, e.g. {@code lat}; null when the whole record is wrong
 * @param message what is wrong, in a sentence that names the offending value
 */
public record InputError(String location, String field, String message) {
}
