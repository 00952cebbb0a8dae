package org.gongpei.service.database;

import javax.sql.DataSource;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything
 * else touches the database. Schema changes happen only here.
 */
@ApplicationScoped
public class DatabaseMigration {

    /** Observer priority: lower runs first; tasks that need the schema use a larger number. */
    public static final int PRIORITY = 10;
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class);

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }
}
