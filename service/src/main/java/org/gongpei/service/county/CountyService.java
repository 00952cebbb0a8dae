package org.gongpei.service.county;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongpei.planning.network.CentreData;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.TownshipData;
import org.gongpei.planning.network.VillageData;
import org.jboss.logging.Logger;

/** Stores, reads and deletes county networks. Imports are validated first and all-or-nothing. */
@ApplicationScoped
public class CountyService {

    private static final Logger LOG = Logger.getLogger(CountyService.class);
    private static final TypeReference<List<List<List<Double>>>> BOUNDARY = new TypeReference<>() {
    };

    @Inject
    CountyRepository counties;

    @Inject
    ObjectMapper json;

    /**
     * Validates and stores a county network in one transaction.
     *
     * @param replace when true an existing county with the same code is replaced; otherwise it is a conflict
     * @throws InvalidInputException with every problem found; nothing is stored
     * @throws CountyExistsException when the county exists and {@code replace} is false
     */
    @Transactional
    public CountySummary importNetwork(CountyNetworkData data, boolean replace, CountyNetworkValidator.Locator locator) {
        if (data == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The request has no county network",
                    List.of(new InputError("body", null, "the request body is empty")));
        }
        List<InputError> errors = CountyNetworkValidator.validate(data, locator);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s) in county " + data.code() + "; nothing was imported", errors);
        }
        counties.findByCode(data.code()).ifPresent(existing -> {
            if (!replace) {
                throw new CountyExistsException(data.code());
            }
            counties.deleteWithNetwork(existing);
        });
        County county = toEntity(data);
        counties.persist(county);
        LOG.infof("Imported county %s %s: %d townships, %d hubs, %d villages", county.code, county.name,
                county.townships.size(), county.hubs.size(), county.villages.size());
        return summary(county);
    }

    @Transactional
    public List<CountySummary> list() {
        return counties.listByCode().stream().map(this::summary).toList();
    }

    @Transactional
    public boolean isEmpty() {
        return counties.count() == 0;
    }

    /** The stored network in the import format, so that an export can be imported again. */
    @Transactional
    public CountyNetworkData network(String code) {
        County county = counties.findByCode(code).orElseThrow(() -> new CountyNotFoundException(code));
        return new CountyNetworkData(county.code, county.name, county.province, county.provincialCapital, county.note,
                new CentreData(county.centreName, county.centreLat, county.centreLon),
                county.townships.stream().map(t -> new TownshipData(t.code, t.name, t.lat, t.lon)).toList(),
                county.hubs.stream().map(h -> new HubData(h.code, h.name, h.township.code, h.lat, h.lon,
                        h.designated, h.coldStorage, h.capacityParcelsPerDay)).toList(),
                county.villages.stream().map(v -> new VillageData(v.code, v.name, v.township.code, v.lat, v.lon,
                        v.population, v.poor, v.station)).toList(),
                readBoundary(county.boundaryGeoJson));
    }

    @Transactional
    public CountySummary summary(String code) {
        return summary(counties.findByCode(code).orElseThrow(() -> new CountyNotFoundException(code)));
    }

    @Transactional
    public void delete(String code) {
        County county = counties.findByCode(code).orElseThrow(() -> new CountyNotFoundException(code));
        if (counties.hasDeliveryRecords(code)) {
            throw new CountyHasRecordsException(code);
        }
        List<String> jobs = counties.activeJobs(county);
        if (!jobs.isEmpty()) {
            throw new CountyHasJobsException(code, jobs);
        }
        counties.deleteWithNetwork(county);
        LOG.infof("Deleted county %s", code);
    }

    private CountySummary summary(County county) {
        CountyCounts counts = counties.counts(county);
        return new CountySummary(county.code, county.name, county.province, county.provincialCapital,
                counts.townships(), counts.hubs(), counts.villages(), counts.stations(), counts.poorVillages(),
                counts.population(), county.importedAt);
    }

    private County toEntity(CountyNetworkData data) {
        County county = new County();
        county.code = data.code();
        county.name = data.name();
        county.province = data.province();
        county.provincialCapital = data.provincialCapital();
        county.note = data.note();
        county.centreName = data.centre().name();
        county.centreLat = data.centre().lat();
        county.centreLon = data.centre().lon();
        county.boundaryGeoJson = writeBoundary(data.boundary());
        county.importedAt = java.time.OffsetDateTime.now();
        for (TownshipData t : data.townships()) {
            Township township = new Township();
            township.county = county;
            township.code = t.code();
            township.name = t.name();
            township.lat = t.lat();
            township.lon = t.lon();
            county.townships.add(township);
        }
        Map<String, Township> townships = county.townships.stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        for (HubData h : data.hubs() == null ? List.<HubData>of() : data.hubs()) {
            Hub hub = new Hub();
            hub.county = county;
            hub.township = townships.get(h.townshipCode());
            hub.code = h.code();
            hub.name = h.name();
            hub.lat = h.lat();
            hub.lon = h.lon();
            hub.designated = h.designated();
            hub.coldStorage = h.coldStorage();
            hub.capacityParcelsPerDay = h.capacityParcelsPerDay();
            county.hubs.add(hub);
        }
        for (VillageData v : data.villages()) {
            Village village = new Village();
            village.county = county;
            village.township = townships.get(v.townshipCode());
            village.code = v.code();
            village.name = v.name();
            village.lat = v.lat();
            village.lon = v.lon();
            village.population = v.population();
            village.poor = v.poor();
            village.station = v.station();
            county.villages.add(village);
        }
        return county;
    }

    private String writeBoundary(List<List<List<Double>>> boundary) {
        if (boundary == null || boundary.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(boundary);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise the county outline", e);
        }
    }

    private List<List<List<Double>>> readBoundary(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, BOUNDARY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored county outline is not valid JSON", e);
        }
    }
}
