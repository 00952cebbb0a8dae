package org.gongpei.service.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A workbook's words in one language, from its message bundle ({@code Name.properties} and {@code Name_zh.properties}). */
public final class SheetTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final String language;

    private SheetTexts(ResourceBundle bundle, Locale locale, String language) {
        this.bundle = bundle;
        this.locale = locale;
        this.language = language;
    }

    /**
     * @param bundle the bundle's base name, e.g. {@code org.gongpei.service.indicators.IndicatorsWorkbook}
     * @param language "zh" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static SheetTexts of(String bundle, String language) {
        Locale locale = switch (language) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ROOT;
            default -> throw new IllegalArgumentException("lang is zh or en, was " + language);
        };
        return new SheetTexts(ResourceBundle.getBundle(bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale, language);
    }

    /** @return the text of a key, its {@code {0}}… replaced by the arguments */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** @return "yes" or "no" in the bundle's words, null for null */
    public String yesNo(Boolean value) {
        return value == null ? null : get(value ? "yes" : "no");
    }

    /** @return "zh" or "en" */
    public String language() {
        return language;
    }
}
