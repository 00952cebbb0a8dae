package org.gongpei.service.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.gongpei.service.ledger.IntegrityFindings.Finding;
import org.gongpei.service.ledger.IntegrityFindings.RuleResult;
import org.gongpei.service.ledger.IntegrityRule;
import org.gongpei.service.ledger.IntegrityTexts;

/** The report's words in one language, from the {@code EvaluationReport} message bundle. */
public final class ReportTexts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final IntegrityTexts integrity;

    private ReportTexts(ResourceBundle bundle, Locale locale, IntegrityTexts integrity) {
        this.bundle = bundle;
        this.locale = locale;
        this.integrity = integrity;
    }

    /**
     * @param language "zh" or "en"
     * @throws IllegalArgumentException for another language
     */
    public static ReportTexts of(String language) {
        Locale locale = switch (language) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ROOT;
            default -> throw new IllegalArgumentException("lang is zh or en, was " + language);
        };
        return new ReportTexts(ResourceBundle.getBundle("org.gongpei.service.report.EvaluationReport", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale,
                IntegrityTexts.of(language));
    }

    /** @return the text of a key, its {@code {0}}… replaced by the arguments */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /** @return the name of an integrity rule */
    public String rule(IntegrityRule rule) {
        return get("rule." + rule.name());
    }

    /** @return an integrity rule's note */
    public String note(RuleResult rule) {
        return integrity.note(rule.noteCode(), rule.noteArguments());
    }

    /** @return what an integrity finding found */
    public String detail(Finding finding) {
        return integrity.detail(finding.detailCode(), finding.detailArguments());
    }

    /** @return "yes" or "no" */
    public String yesNo(boolean value) {
        return get(value ? "yes" : "no");
    }

    /** @return the remote-area rule a compliance applied, and how many villages it exempted, in this language */
    public String remoteRule(org.gongpei.service.ledger.RecordCompliance.Exemption exemption) {
        if (exemption == null) {
            return get("remoteRule.none");
        }
        return get("remoteRule." + exemption.rule().source(), exemption.rule().roadMinutes(),
                exemption.rule().villageCodes().size(), exemption.villages().size());
    }
}
