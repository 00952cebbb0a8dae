package org.gongpei.service.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gongpei.service.database.DatabaseMigration;
import org.jboss.logging.Logger;

/**
 * On a start with no user at all, creates the user {@code admin} with a random one-time password, written to
 * the log and to a file only the service's user may read; the password must be changed at the first login,
 * and the file is deleted then.
 */
@ApplicationScoped
public class InitialAdmin {

    /** The first admin's name. */
    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    @ConfigProperty(name = "gongpei.accounts.initial-password-file", defaultValue = "data/initial-admin-password")
    Path passwordFile;

    @Inject
    Accounts accounts;

    void onStart(@Observes @Priority(DatabaseMigration.PRIORITY + 1) StartupEvent event) {
        if (accounts.anyUser()) {
            return;
        }
        String password = Secrets.password();
        accounts.createFirstAdmin(USERNAME, password);
        write(password);
        LOG.infof("%n%n    First start: the user '%s' was created with the one-time password %s%n"
                + "    (also in %s). Log in at / and choose a new password.%n", USERNAME, password,
                passwordFile.toAbsolutePath());
    }

    /** Deletes the password file once the first admin has chosen their own password. */
    public void passwordChanged(String username) {
        if (USERNAME.equals(username)) {
            try {
                Files.deleteIfExists(passwordFile);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", passwordFile, e.getMessage());
            }
        }
    }

    /** Where the one-time password is written. */
    public Path passwordFile() {
        return passwordFile;
    }

    private void write(String password) {
        try {
            Path parent = passwordFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(passwordFile);
            try {
                Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(passwordFile);
            }
            Files.writeString(passwordFile, password + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the first admin's password to " + passwordFile, e);
        }
    }
}
