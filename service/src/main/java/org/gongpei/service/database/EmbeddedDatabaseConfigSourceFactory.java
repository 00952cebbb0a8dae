package org.gongpei.service.database;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource URL of the {@link EmbeddedDatabase} when no other source configures
 * {@code quarkus.datasource.jdbc.url}. The server starts only when the URL is first read, so a
 * deployment that points at an external PostgreSQL never starts one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";
    static final String PASSWORD = "quarkus.datasource.password";
    static final String ENABLED = "gongpei.embedded-postgres.enabled";
    static final String DATA_DIR = "gongpei.embedded-postgres.data-dir";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL)) || "false".equalsIgnoreCase(valueOf(context.getValue(ENABLED)))) {
            return List.of();
        }
        return List.of(new LazySource(valueOf(context.getValue(DATA_DIR))));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    private static final class LazySource implements ConfigSource {
        private final String dataDirectory;

        LazySource(String dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        /**
         * The URL is deliberately not listed: Quarkus reads every listed property while building
         * the application, and reading the URL starts the server. It is found by direct lookup.
         */
        @Override
        public Set<String> getPropertyNames() {
            return Set.of(USERNAME, PASSWORD);
        }

        @Override
        public Map<String, String> getProperties() {
            return Map.of(USERNAME, EmbeddedDatabase.USER, PASSWORD, EmbeddedDatabase.PASSWORD);
        }

        @Override
        public String getValue(String propertyName) {
            return switch (propertyName) {
                case URL -> EmbeddedDatabase.jdbcUrl(dataDirectory);
                case USERNAME -> EmbeddedDatabase.USER;
                case PASSWORD -> EmbeddedDatabase.PASSWORD;
                default -> null;
            };
        }

        @Override
        public String getName() {
            return "gongpei embedded PostgreSQL";
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }
}
