package org.gongpei.service.rest;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongpei.service.county.InputError;

/**
 * An error answer in the RFC 9457 problem-details format ({@code application/problem+json}),
 * with the list of individual input errors where there are several.
 *
 * @param code a stable code of the kind of problem (an extension member), e.g. {@code COUNTY_NOT_FOUND}, for a
 *        client to say it in its user's language; {@code detail} stays the English sentence
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, String instance,
        List<InputError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** @return the code of a problem that has no code of its own: its title in upper snake case ("Not found": NOT_FOUND) */
    public static String codeOf(String title) {
        return title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
