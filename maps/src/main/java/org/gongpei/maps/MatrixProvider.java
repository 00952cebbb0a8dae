package org.gongpei.maps;

import java.util.List;

/** Computes or looks up the distance and time matrix of a list of locations. */
public interface MatrixProvider {

    /**
     * @param locations the locations, in the order of the matrix rows and columns
     * @return the matrix, cell {@code (i, j)} from {@code locations.get(i)} to {@code locations.get(j)}
     * @throws PointNotRoutableException when a location cannot be reached by road
     */
    TravelMatrix matrix(List<Location> locations);

    /**
     * @return text that identifies the source and its settings (graph hash, profile, snap limit…);
     * a disk cache combines it with the point set into its key
     */
    String cacheKey();
}
