package io.contactshield.topology.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress line for long runs, redrawn on standard error at most a few times a second, only
 * when standard error is a terminal; otherwise nothing until the command prints its final count.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawn;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Redraws {@code line} if enough time passed since the last one. */
    void update(String line) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDrawn < INTERVAL_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r\033[K" + line);
        err.flush();
    }

    /** Clears the progress line, so the final count starts on a line of its own. */
    void clear() {
        if (enabled && drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }

    /**
     * Whether this process's standard error is a terminal. Java cannot ask (System.console()
     * is about standard input and output); on Linux the descriptor's link tells.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
