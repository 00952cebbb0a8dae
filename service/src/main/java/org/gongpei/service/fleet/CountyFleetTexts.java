package org.gongpei.service.fleet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.gongpei.planning.fleet.FleetSettings;

/** The English sentence of a problem with fleet settings or today's practice, from its message bundle. */
public final class CountyFleetTexts {

    private static final ResourceBundle PROBLEMS = ResourceBundle.getBundle(
            "org.gongpei.service.fleet.FleetSettingsProblems", Locale.ROOT);

    private CountyFleetTexts() {
    }

    /** @return e.g. "van.capacityKg must be greater than 0" */
    public static String message(FleetSettings.Problem problem) {
        return MessageFormat.format(PROBLEMS.getString(problem.code()), problem.field());
    }
}
