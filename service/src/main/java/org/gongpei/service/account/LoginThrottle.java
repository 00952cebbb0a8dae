package org.gongpei.service.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after {@code gongpei.login.max-failures} failed logins of one user name within
 * {@code gongpei.login.lock-duration}, further logins of that name are refused, even with the right password,
 * until the oldest failure is that old. Kept in memory: a restart forgets it.
 */
@ApplicationScoped
public class LoginThrottle {

    @ConfigProperty(name = "gongpei.login.max-failures", defaultValue = "5")
    int maxFailures;

    @ConfigProperty(name = "gongpei.login.lock-duration", defaultValue = "15m")
    Duration lockDuration;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    /** Whether logins of this name are refused for now. */
    public boolean locked(String username) {
        Deque<Instant> recent = failures.get(key(username));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= maxFailures;
        }
    }

    /** Counts a failed login of this name. */
    public void failed(String username) {
        Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    /** Forgets the failures of this name after a successful login. */
    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(lockDuration);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(oldest)) {
            recent.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
