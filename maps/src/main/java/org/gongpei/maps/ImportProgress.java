package org.gongpei.maps;

/**
 * Where an import of an OpenStreetMap extract is: reading the file ({@code READING_OSM}), cleaning the graph of
 * small road islands ({@code SUBNETWORKS}), then the contraction hierarchy of each profile
 * ({@code CH_<profile>}, e.g. {@code CH_VAN}).
 */
@FunctionalInterface
public interface ImportProgress {

    /** Reports nothing. */
    ImportProgress NONE = (step, fractionDone) -> {
    };

    /**
     * Called as each step starts.
     *
     * @param step         the step's name
     * @param fractionDone share of the import done before this step, 0–1 (an estimate by step)
     */
    void step(String step, double fractionDone);
}
