package org.gongpei.service.roads;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gongpei.maps.PointNotRoutableException;
import org.gongpei.maps.RoadNetwork;
import org.gongpei.maps.VehicleProfile;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.job.DemandSource;
import org.gongpei.service.job.JobKind;
import org.gongpei.service.job.JobNotFoundException;
import org.gongpei.service.job.JobProgress;
import org.gongpei.service.job.JobRecord;
import org.gongpei.service.job.JobState;
import org.gongpei.service.job.JobStatus;
import org.gongpei.service.job.Jobs;
import org.gongpei.service.job.RunningProgress;

/**
 * Uploaded road networks as jobs: the file is stored by content hash, then a job imports it with GraphHopper
 * (contraction hierarchies of every vehicle profile) and checks the county's villages against it by van. Once done
 * it is the county's current network; plans queued before keep the network they recorded.
 */
@ApplicationScoped
public class RoadImports implements JobKind<RoadImports.Imported, RoadNetworkView> {

    /** The profile of the road check after an import. */
    public static final VehicleProfile CHECKED_PROFILE = VehicleProfile.VAN;
    static final String ROAD_CHECK = "ROAD_CHECK";
    private static final double CHECK_SHARE = 0.9;
    private static final double CUT_SHARE = 0.3;

    @Inject
    Jobs jobs;

    @Inject
    CountyService counties;

    @Inject
    RoadNetworks roadNetworks;

    @Inject
    StoredRoadNetworkRepository stored;

    @Inject
    RoadExtracts extracts;

    @Inject
    ObjectMapper json;

    /** What an import found: the graph and the road check as JSON. */
    public record Imported(String graphHash, int nodes, int edges, String roadCheckJson) {
    }

    /**
     * Stores an uploaded OSM file for the county and queues its import.
     *
     * @param upload the uploaded file
     * @param name the file's name as uploaded
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.county.InvalidInputException when the file is no OSM extract
     * @throws org.gongpei.service.job.QueueFullException when the queue is full
     */
    public RoadNetworkView submit(String countyCode, Path upload, String name) {
        counties.summary(countyCode);
        jobs.requireRoom();
        OsmUploads.Stored file = OsmUploads.store(upload, name, roadNetworks.graphDirectory());
        return jobs.submit(this, () -> QuarkusTransaction.joiningExisting().call(() -> {
            StoredRoadNetwork network = new StoredRoadNetwork();
            network.countyCode = countyCode;
            network.state = JobState.queued(null);
            network.sourceName = name;
            network.sizeBytes = file.sizeBytes();
            network.contentSha256 = file.sha256();
            network.osmFile = file.relativePath();
            stored.persist(network);
            return network.id;
        }));
    }

    /**
     * Queues a cut of the county's network from a registered extract, by its outline plus a buffer, and its import.
     *
     * @throws org.gongpei.service.county.CountyNotFoundException for an unknown county
     * @throws org.gongpei.service.county.InvalidInputException when the county has no outline or the buffer is
     *         outside 0–50,000 m
     * @throws RoadExtractNotFoundException for an unknown extract
     */
    public RoadNetworkView submitCut(String countyCode, long extractId, double bufferMetres) {
        StoredRoadExtract extract = extracts.checkCut(countyCode, extractId, bufferMetres);
        jobs.requireRoom();
        return jobs.submit(this, () -> QuarkusTransaction.joiningExisting().call(() -> {
            StoredRoadNetwork network = new StoredRoadNetwork();
            network.countyCode = countyCode;
            network.state = JobState.queued(null);
            network.sourceName = extract.fileName;
            network.extractId = extract.id;
            network.bufferMetres = bufferMetres;
            stored.persist(network);
            return network.id;
        }));
    }

    /** @return the county's uploaded networks, newest first */
    public List<RoadNetworkView> list(String countyCode) {
        counties.summary(countyCode);
        return QuarkusTransaction.requiringNew().call(() -> {
            Long current = stored.current(countyCode).map(n -> n.id).orElse(null);
            return stored.listByCounty(countyCode).stream().map(n -> view(n, n.id.equals(current))).toList();
        });
    }

    @Override
    public RoadNetworkView view(long id) {
        RoadNetworkView view = QuarkusTransaction.requiringNew().call(() -> {
            StoredRoadNetwork network = stored.findById(id);
            if (network == null) {
                throw new JobNotFoundException("No road network " + id);
            }
            return view(network, stored.current(network.countyCode).map(n -> n.id == id).orElse(false));
        });
        if (view.status() != JobStatus.SOLVING) {
            return view;
        }
        RunningProgress progress = jobs.progress(this, id).orElse(null);
        return progress == null ? view : new RoadNetworkView(view.id(), view.countyCode(), view.status(), false,
                view.sourceName(), view.sizeBytes(), view.extractId(), view.bufferMetres(), view.contentSha256(), null,
                null, null, progress.phase(),
                progress.fractionDone(), view.createdAt(), view.startedAt(), null, null, null);
    }

    @Override
    public Imported run(long id, JobProgress progress) {
        RoadNetworkView view = view(id);
        String file = QuarkusTransaction.requiringNew().call(() -> stored.findById(id).osmFile);
        double importStart = 0;
        if (file == null) {
            progress.report(RoadExtracts.CUTTING, 0);
            file = extracts.cut(id);
            importStart = CUT_SHARE;
        }
        double start = importStart;
        RoadNetwork roads = roadNetworks.open(roadNetworks.graphDirectory().resolve(file),
                (step, done) -> progress.report(step, start + done * (CHECK_SHARE - start)));
        progress.report(ROAD_CHECK, CHECK_SHARE);
        CountyNetworkData county = counties.network(view.countyCode());
        RoadCheck check;
        try {
            check = RoadCheckService.check(county, roads, CHECKED_PROFILE, RoadNetwork.DEFAULT_MAX_SNAP_DISTANCE_METRES);
        } catch (PointNotRoutableException e) {
            throw new IllegalArgumentException("The county centre " + county.centre().name() + " cannot be used on "
                    + "these roads (" + e.reason() + "): " + e.getMessage() + "; is the extract the county's?", e);
        }
        try {
            return new Imported(roads.graphHash(), roads.nodeCount(), roads.edgeCount(), json.writeValueAsString(check));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the road check", e);
        }
    }

    @Override
    public void store(JobRecord record, Imported result, boolean stoppedEarly) {
        StoredRoadNetwork network = (StoredRoadNetwork) record;
        network.graphHash = result.graphHash();
        network.nodes = result.nodes();
        network.edges = result.edges();
        network.roadCheck = result.roadCheckJson();
        network.state.phase = "done";
    }

    @Override
    public String name() {
        return "road-import";
    }

    @Override
    public String label() {
        return "Road import";
    }

    @Override
    public Class<StoredRoadNetwork> records() {
        return StoredRoadNetwork.class;
    }

    private RoadNetworkView view(StoredRoadNetwork n, boolean current) {
        JobState state = n.state;
        try {
            return new RoadNetworkView(n.id, n.countyCode, state.status, current, n.sourceName, n.sizeBytes,
                    n.extractId, n.bufferMetres, n.contentSha256, n.graphHash, n.nodes, n.edges, state.phase, state.fractionDone, state.createdAt,
                    state.startedAt, state.finishedAt, state.error,
                    n.roadCheck == null ? null : json.readTree(n.roadCheck));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Road network " + n.id + " has an unreadable road check", e);
        }
    }
}
