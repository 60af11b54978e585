package org.iseg3d.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --json FILE}: write the command's result as JSON (with its provenance). */
final class JsonOption {

    @Option(names = "--json", paramLabel = "FILE", description = "Write the result as JSON to this file.")
    Path json;
}
