package org.gongpei.service.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gongpei.service.county.InputError;
import org.gongpei.service.county.InvalidInputException;

/**
 * Reads the text fields of a multipart form: a blank or absent field is null (the request's default), a field
 * that cannot be read is collected and all of them are thrown at once as a 400.
 */
public final class FormFields {

    private final String what;
    private final List<InputError> errors = new ArrayList<>();

    /** @param what the request, for the problem's summary, e.g. "calendar request" */
    public FormFields(String what) {
        this.what = what;
    }

    /** @return the date, or null when blank */
    public LocalDate date(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return fail(field, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    /** @return the whole number, or null when blank */
    public Integer integer(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fail(field, "'" + text + "' is not a whole number");
        }
    }

    /** @return the number, or null when blank */
    public Double decimal(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : fail(field, "'" + text + "' is not a number");
        } catch (NumberFormatException e) {
            return fail(field, "'" + text + "' is not a number");
        }
    }

    /** @return the constant named (case ignored), or null when blank */
    public <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fail(field, "'" + text + "' is none of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * @return the comma-separated items, trimmed, blanks left out; null when the field is absent, an empty list
     *         when it is present but blank
     */
    public static List<String> list(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    /** Records a field that cannot be read. @return null */
    public <T> T fail(String field, String message) {
        errors.add(new InputError("form", field, message));
        return null;
    }

    /** @throws InvalidInputException (400) listing every field that cannot be read */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED,
                    errors.size() + " problem(s) in the " + what + "; nothing was stored", errors);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
