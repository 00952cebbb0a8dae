package org.gongpei.service.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.planning.network.CountyNetworkData;
import org.gongpei.service.county.CountyNetworkValidator;
import org.gongpei.service.county.CountyService;
import org.gongpei.service.database.DatabaseMigration;
import org.jboss.logging.Logger;

/**
 * Loads the demo county on a first start with an empty database, through the same validated import
 * as any user's county, so that a newcomer sees a network at once.
 */
@ApplicationScoped
public class DemoCountyLoader {

    private static final Logger LOG = Logger.getLogger(DemoCountyLoader.class);

    @ConfigProperty(name = "gongpei.demo.load-on-empty", defaultValue = "true")
    boolean loadOnEmpty;

    @ConfigProperty(name = "gongpei.demo.resource", defaultValue = "/org/gongpei/datasets/daming/county.json")
    String resource;

    @Inject
    CountyService counties;

    @Inject
    ObjectMapper json;

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 10) StartupEvent event) {
        if (loadOnEmpty && counties.isEmpty()) {
            CountyNetworkData demo = read();
            counties.importNetwork(demo, false, CountyNetworkValidator.Locator.JSON);
            LOG.infof("Loaded the demo county %s %s (%d villages) into the empty database", demo.code(), demo.name(),
                    demo.villages().size());
        }
    }

    /** The demo county's network as shipped in the datasets module. */
    public CountyNetworkData read() {
        try (InputStream in = DemoCountyLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo county resource " + resource + " is not on the classpath");
            }
            return json.readValue(in, CountyNetworkData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo county " + resource, e);
        }
    }
}
