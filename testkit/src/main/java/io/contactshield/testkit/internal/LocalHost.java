package io.contactshield.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the testkit's servers share about the machine they run on: loopback ports, temporary
 * directories, waiting. Internal to the testkit; not an API.
 */
public final class LocalHost {

    private static final Logger LOG = LoggerFactory.getLogger(LocalHost.class);

    /** Every testkit server listens on this address only. */
    public static final String LOOPBACK = "127.0.0.1";

    private LocalHost() {
    }

    /**
     * A port that was free on {@link #LOOPBACK} a moment ago. Another process may take it before the
     * caller binds it; callers retry with a new port when their bind fails.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + LOOPBACK, e);
        }
    }

    /** Sleeps; an interrupt is kept and ends the wait with an exception naming {@code what}. */
    public static void sleep(long millis, String what) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }

    /** Deletes a directory tree, best effort: a leftover temporary file does no harm, so it is logged. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
