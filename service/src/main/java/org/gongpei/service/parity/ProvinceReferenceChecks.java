package org.gongpei.service.parity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.gongpei.service.county.InputError;

/**
 * The rules of a province reference, applied alike to one sent as JSON and to each row of an imported CSV file:
 * names not blank and without control characters, a year of 2000–2100, a price above 0 and at most 100 yuan, a
 * source, and a source date that is not in the future (Asia/Shanghai). Every broken rule is named with a code.
 */
public final class ProvinceReferenceChecks {

    /** The highest price per parcel taken, yuan: far above any delivery fee, so a typo in the unit is refused. */
    public static final BigDecimal MAX_YUAN_PER_PARCEL = BigDecimal.valueOf(100);
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_SOURCE_LENGTH = 2000;
    private static final int MAX_NUMBER_LENGTH = 30;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ProvinceReferenceChecks() {
    }

    /** A reference whose values all keep the rules. */
    public record Checked(String province, String capital, int year, long fenPerParcel, String source,
            LocalDate sourceDate) {
    }

    /**
     * @param location where the values come from, e.g. {@code path}, {@code body} or {@code references.csv row 3};
     *        the province and year are reported at {@code yearLocation}
     * @param errors every broken rule is added here
     * @return the checked reference, or null when a rule is broken
     */
    public static Checked check(String location, String yearLocation, String province, Object year, String capital,
            Object yuanPerParcel, String source, Object sourceDate, List<InputError> errors) {
        int before = errors.size();
        String provinceName = name(yearLocation, "province", province, MAX_NAME_LENGTH, errors);
        Integer checkedYear = year(yearLocation, year, errors);
        String capitalName = name(location, "capital", capital, MAX_NAME_LENGTH, errors);
        Long fen = fen(location, yuanPerParcel, errors);
        String sourceText = name(location, "source", source, MAX_SOURCE_LENGTH, errors);
        LocalDate date = date(location, sourceDate, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Checked(provinceName, capitalName, checkedYear, fen, sourceText, date);
    }

    static String name(String location, String field, String value, int maxLength, List<InputError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new InputError(location, field, field + " is required", "blank"));
            return null;
        }
        String text = value.strip();
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(field.equals("source") && (c == '\n' || c == '\t')))) {
            errors.add(new InputError(location, field, field + " contains a control character (such as a NUL byte)",
                    "controlCharacter"));
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new InputError(location, field, field + " is longer than " + maxLength + " characters",
                    "tooLong"));
            return null;
        }
        return text;
    }

    private static Integer year(String location, Object value, List<InputError> errors) {
        String text = value == null ? "" : value.toString().strip();
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < FIRST_YEAR || Integer.parseInt(text) > LAST_YEAR) {
            errors.add(new InputError(location, "year", "year must be a whole year of " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", was " + shown(text), "yearOutOfRange"));
            return null;
        }
        return Integer.parseInt(text);
    }

    private static Long fen(String location, Object value, List<InputError> errors) {
        if (value == null || value.toString().isBlank()) {
            errors.add(new InputError(location, "yuanPerParcel", "yuanPerParcel is required", "blank"));
            return null;
        }
        if (value instanceof Boolean || value instanceof java.util.Map || value instanceof java.util.List) {
            errors.add(new InputError(location, "yuanPerParcel", "yuanPerParcel must be a number of yuan",
                    "notANumber"));
            return null;
        }
        if (value instanceof Double number && number.isInfinite()) {
            errors.add(new InputError(location, "yuanPerParcel", "yuanPerParcel must be above 0 and at most "
                    + MAX_YUAN_PER_PARCEL + " yuan, was " + number, "priceOutOfRange"));
            return null;
        }
        String text = value.toString().strip();
        BigDecimal yuan;
        try {
            if (text.length() > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("too long");
            }
            yuan = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(new InputError(location, "yuanPerParcel", "yuanPerParcel must be a number of yuan, was "
                    + shown(text), "notANumber"));
            return null;
        }
        if (yuan.signum() <= 0 || yuan.compareTo(MAX_YUAN_PER_PARCEL) > 0
                || yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).signum() <= 0) {
            errors.add(new InputError(location, "yuanPerParcel", "yuanPerParcel must be above 0 and at most "
                    + MAX_YUAN_PER_PARCEL + " yuan, was " + shown(text), "priceOutOfRange"));
            return null;
        }
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static LocalDate date(String location, Object value, List<InputError> errors) {
        if (value == null || value.toString().isBlank()) {
            errors.add(new InputError(location, "sourceDate", "sourceDate is required (yyyy-mm-dd)", "blank"));
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            errors.add(new InputError(location, "sourceDate", "sourceDate must be a date (yyyy-mm-dd), was "
                    + shown(value.toString()), "notADate"));
            return null;
        }
        if (date.isAfter(LocalDate.now(CHINA))) {
            errors.add(new InputError(location, "sourceDate", "sourceDate " + date + " is in the future",
                    "futureDate"));
            return null;
        }
        return date;
    }

    /** @return the value as it may be shown back: control characters replaced, at most 40 characters */
    static String shown(String value) {
        String text = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
}
