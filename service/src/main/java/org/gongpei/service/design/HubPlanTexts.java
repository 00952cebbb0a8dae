package org.gongpei.service.design;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A hub plan workbook's words in one language, from the {@code HubPlan} message bundle. */
public final class HubPlanTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private HubPlanTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param language "zh" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static HubPlanTexts of(String language) {
        Locale locale = switch (language) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ROOT;
            default -> throw new IllegalArgumentException("lang is zh or en, was " + language);
        };
        return new HubPlanTexts(ResourceBundle.getBundle("org.gongpei.service.design.HubPlan", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** @return the text of a key, its {@code {0}}… replaced by the arguments */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }
}
