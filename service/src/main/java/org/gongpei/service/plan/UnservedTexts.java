package org.gongpei.service.plan;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.gongpei.solver.daily.model.Unserved;
import org.gongpei.solver.daily.model.UnservedReason;

/**
 * Says in Chinese why a village's demand is left out, from the codes of its reasons ({@code UnservedTexts_zh}); the
 * printed route sheets are in Chinese. A plan stored before reasons had codes keeps its English sentence, and so
 * does a code the bundle does not know.
 */
final class UnservedTexts {

    private static final ResourceBundle CHINESE = ResourceBundle.getBundle("org.gongpei.service.plan.UnservedTexts",
            Locale.CHINESE, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private UnservedTexts() {
    }

    /** @return why the demand is left out, in Chinese */
    static String chinese(Unserved unserved) {
        if (unserved.reasons() == null || unserved.reasons().isEmpty()) {
            return unserved.reason();
        }
        return unserved.reasons().stream().map(UnservedTexts::chinese)
                .collect(Collectors.joining(CHINESE.getString("separator")));
    }

    private static String chinese(UnservedReason reason) {
        String cause = CHINESE.containsKey("cause." + reason.code())
                ? format("cause." + reason.code(), reason.arguments().toArray())
                : reason.text();
        if (reason.part() == null) {
            return cause;
        }
        String part = CHINESE.containsKey("part." + reason.part())
                ? format("part." + reason.part(), reason.product())
                : reason.part();
        return part + "：" + cause;
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(CHINESE.getString(key), Locale.CHINESE).format(arguments);
    }
}
