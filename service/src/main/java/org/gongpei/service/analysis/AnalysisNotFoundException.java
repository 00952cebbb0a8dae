package org.gongpei.service.analysis;

/** No scenario analysis is stored under the requested id. */
public class AnalysisNotFoundException extends RuntimeException {

    public AnalysisNotFoundException(long id) {
        super("No scenario analysis with id " + id);
    }
}
