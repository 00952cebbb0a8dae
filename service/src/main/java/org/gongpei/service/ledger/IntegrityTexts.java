package org.gongpei.service.ledger;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the integrity checks' notes and findings in one language, from the {@code IntegrityTexts} message
 * bundle: the API answers a code and its arguments with the English text, the report and the page say it in the
 * reader's language. The vehicle profile named by a road-time note is a word of the bundle too.
 */
public final class IntegrityTexts {

    /** The English texts the API answers with. */
    public static final IntegrityTexts ENGLISH = of("en");

    private final ResourceBundle bundle;
    private final Locale locale;

    private IntegrityTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param language "zh" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static IntegrityTexts of(String language) {
        Locale locale = switch (language) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ROOT;
            default -> throw new IllegalArgumentException("lang is zh or en, was " + language);
        };
        return new IntegrityTexts(ResourceBundle.getBundle("org.gongpei.service.ledger.IntegrityTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** @return a rule's note ({@code note.<code>} in the bundle) */
    public String note(String code, List<String> arguments) {
        Object[] values = arguments.toArray();
        if (code.startsWith("roadTime") && values.length > 0) {
            values[0] = bundle.getString("profile." + values[0]);
        }
        return format("note." + code, values);
    }

    /** @return a finding's detail ({@code detail.<code>} in the bundle) */
    public String detail(String code, List<String> arguments) {
        return format("detail." + code, arguments.toArray());
    }

    private String format(String key, Object[] arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
