package org.iseg3d.modelclient;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kills the model processes still running when this JVM exits (a JVM shutdown hook). A child whose stdin closes
 * exits by itself as well; the hook covers a child busy in a long request.
 */
final class ProcessReaper {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> LIVE.forEach(Process::destroyForcibly), "iseg3d-model-process-reaper"));
    }

    private ProcessReaper() {}

    /** Kill {@code p} when this JVM exits (until {@link #release}). */
    static void watch(Process p) {
        LIVE.add(p);
    }

    /** {@code p} has exited: forget it. */
    static void release(Process p) {
        LIVE.remove(p);
    }
}
