package org.iseg3d.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine, recorded beside every measured figure. */
public final class Machine {

    private Machine() {}

    public static String describe() {
        String cpu = System.getProperty("os.arch");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the architecture
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name");
    }
}
