package org.gongpei.service.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.gongpei.service.county.InputError;

/**
 * An error answer in the RFC 9457 problem-details format ({@code application/problem+json}),
 * with the list of individual input errors where there are several.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<InputError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
