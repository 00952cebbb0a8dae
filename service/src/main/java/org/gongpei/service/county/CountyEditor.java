package org.gongpei.service.county;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.planning.network.HubData;
import org.gongpei.planning.network.VillageData;
import org.jboss.logging.Logger;

/**
 * Changes one village (with its station) or one hub of a stored county, in place: the whole network as it would
 * be after the change is validated as an import is, and nothing is saved when it breaks a rule. Plans, analyses and
 * delivery records keep what they were made with; a village that delivery records name cannot be removed.
 */
@ApplicationScoped
public class CountyEditor {

    private static final Logger LOG = Logger.getLogger(CountyEditor.class);

    /** What a save did: whether the part is new, and the part as stored. */
    public record Saved<T>(boolean created, T part) {
    }

    @Inject
    CountyRepository counties;

    @Inject
    CountyService service;

    @Inject
    EntityManager entities;

    /**
     * Adds the village {@code villageCode} or replaces its fields.
     *
     * @throws InvalidInputException naming each field that breaks a rule; nothing is saved
     * @throws CountyNotFoundException when there is no such county
     */
    @Transactional
    public Saved<VillageData> saveVillage(String countyCode, String villageCode, VillageData village) {
        County county = locked(countyCode);
        VillageData wanted = requireBody(village, "village", villageCode, village == null ? null : village.code());
        wanted = new VillageData(villageCode, wanted.name(), wanted.townshipCode(), wanted.lat(), wanted.lon(),
                wanted.population(), wanted.poor(), wanted.station());
        CountyNetworkData network = service.network(countyCode);
        List<VillageData> villages = replaced(network.villages(), VillageData::code, villageCode, wanted);
        validate(network.withVillages(villages), "villages", indexOf(villages, VillageData::code, villageCode), "village");
        Village stored = find(Village.class, county, villageCode);
        boolean created = stored == null;
        if (created) {
            stored = new Village();
            stored.county = county;
            stored.code = villageCode;
        }
        stored.name = wanted.name();
        stored.township = township(county, wanted.townshipCode());
        stored.lat = wanted.lat();
        stored.lon = wanted.lon();
        stored.population = wanted.population();
        stored.poor = wanted.poor();
        stored.station = wanted.station();
        if (created) {
            entities.persist(stored);
            county.villages.add(stored);
        }
        LOG.infof("County %s: village %s %s", countyCode, villageCode, created ? "added" : "changed");
        return new Saved<>(created, wanted);
    }

    /**
     * Removes a village and its station.
     *
     * @throws PartNotFoundException when the county has no such village
     * @throws VillageHasRecordsException when delivery records name the village
     */
    @Transactional
    public void removeVillage(String countyCode, String villageCode) {
        County county = locked(countyCode);
        Village stored = find(Village.class, county, villageCode);
        if (stored == null) {
            throw new PartNotFoundException("village", countyCode, villageCode);
        }
        if (counties.hasDeliveryRecords(countyCode, villageCode)) {
            throw new VillageHasRecordsException(countyCode, villageCode);
        }
        CountyNetworkData network = service.network(countyCode);
        validate(network.withVillages(removed(network.villages(), VillageData::code, villageCode)), "villages", -1,
                "village");
        county.villages.remove(stored);
        entities.remove(stored);
        LOG.infof("County %s: village %s removed", countyCode, villageCode);
    }

    /**
     * Adds the hub {@code hubCode} or replaces its fields.
     *
     * @throws InvalidInputException naming each field that breaks a rule; nothing is saved
     */
    @Transactional
    public Saved<HubData> saveHub(String countyCode, String hubCode, HubData hub) {
        County county = locked(countyCode);
        HubData wanted = requireBody(hub, "hub", hubCode, hub == null ? null : hub.code());
        wanted = new HubData(hubCode, wanted.name(), wanted.townshipCode(), wanted.lat(), wanted.lon(),
                wanted.designated(), wanted.coldStorage(), wanted.capacityParcelsPerDay());
        CountyNetworkData network = service.network(countyCode);
        List<HubData> hubs = replaced(network.hubs(), HubData::code, hubCode, wanted);
        validate(network.withHubs(hubs), "hubs", indexOf(hubs, HubData::code, hubCode), "hub");
        Hub stored = find(Hub.class, county, hubCode);
        boolean created = stored == null;
        if (created) {
            stored = new Hub();
            stored.county = county;
            stored.code = hubCode;
        }
        stored.name = wanted.name();
        stored.township = township(county, wanted.townshipCode());
        stored.lat = wanted.lat();
        stored.lon = wanted.lon();
        stored.designated = wanted.designated();
        stored.coldStorage = wanted.coldStorage();
        stored.capacityParcelsPerDay = wanted.capacityParcelsPerDay();
        if (created) {
            entities.persist(stored);
            county.hubs.add(stored);
        }
        LOG.infof("County %s: hub %s %s", countyCode, hubCode, created ? "added" : "changed");
        return new Saved<>(created, wanted);
    }

    /** @throws PartNotFoundException when the county has no such hub */
    @Transactional
    public void removeHub(String countyCode, String hubCode) {
        County county = locked(countyCode);
        Hub stored = find(Hub.class, county, hubCode);
        if (stored == null) {
            throw new PartNotFoundException("hub", countyCode, hubCode);
        }
        county.hubs.remove(stored);
        entities.remove(stored);
        LOG.infof("County %s: hub %s removed", countyCode, hubCode);
    }

    /** The county, locked so that two changes of one county are made one after the other. */
    private County locked(String countyCode) {
        County county = counties.findByCode(countyCode).orElseThrow(() -> new CountyNotFoundException(countyCode));
        entities.createNativeQuery("select id from county where id = ?1 for update").setParameter(1, county.id)
                .getResultList();
        return county;
    }

    private static <T> T requireBody(T body, String kind, String pathCode, String bodyCode) {
        if (body == null) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "The request has no " + kind,
                    List.of(new InputError("body", null, "the request body is empty", "required")));
        }
        if (bodyCode != null && !bodyCode.equals(pathCode)) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID, "The " + kind + "'s code differs from the path",
                    List.of(new InputError(kind, "code", "the body names " + kind + " " + bodyCode + " but the path "
                            + pathCode + "; a code cannot be changed, remove and add instead", "codeDiffers")));
        }
        return body;
    }

    private static void validate(CountyNetworkData changed, String collection, int index, String name) {
        List<InputError> errors = CountyNetworkValidator.validate(changed,
                (c, i) -> c.equals(collection) && i == index ? name : CountyNetworkValidator.Locator.JSON.locate(c, i));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(InvalidInputException.Kind.INVALID,
                    errors.size() + " problem(s); nothing was saved", errors);
        }
    }

    private static <T> List<T> replaced(List<T> parts, Function<T, String> code, String wanted, T part) {
        List<T> result = new ArrayList<>(parts == null ? List.of() : parts);
        int at = indexOf(result, code, wanted);
        if (at < 0) {
            result.add(part);
        } else {
            result.set(at, part);
        }
        return result;
    }

    private static <T> List<T> removed(List<T> parts, Function<T, String> code, String wanted) {
        List<T> result = new ArrayList<>(parts);
        result.removeIf(p -> Objects.equals(code.apply(p), wanted));
        return result;
    }

    private static <T> int indexOf(List<T> parts, Function<T, String> code, String wanted) {
        for (int i = 0; i < parts.size(); i++) {
            if (Objects.equals(code.apply(parts.get(i)), wanted)) {
                return i;
            }
        }
        return -1;
    }

    private <P extends CountyPart> P find(Class<P> type, County county, String code) {
        return entities.createQuery("from " + type.getSimpleName() + " p where p.county = :c and p.code = :code", type)
                .setParameter("c", county).setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private Township township(County county, String code) {
        return find(Township.class, county, code);
    }
}
