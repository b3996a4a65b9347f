package io.contactshield.registryserver;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import java.util.Optional;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ends this server when the process that launched it ends, even if that process was killed
 * without running its shutdown hooks (a test JVM killed on a timeout, say), so that no registry
 * is left behind. The launcher passes its pid as {@code -Dcontactshield.parent-pid=PID}; without
 * it the server runs until stopped.
 */
@ApplicationScoped
public class ParentProcessWatchdog {

  private static final Logger LOG = Logger.getLogger(ParentProcessWatchdog.class);

  @ConfigProperty(name = "contactshield.parent-pid")
  Optional<Long> parentPid;

  void onStart(@Observes StartupEvent event) {
    parentPid.ifPresent(pid -> ProcessHandle.of(pid).ifPresentOrElse(
        parent -> parent.onExit().thenRun(() -> stop(pid)),
        () -> stop(pid)));
  }

  private static void stop(long pid) {
    LOG.warnf("Parent process %d has ended; stopping", pid);
    Quarkus.asyncExit(0);
  }
}
