package org.itaminer.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of a benchmark that indexes synthetic measures recombined from a corpus ({@code bench-index},
 * {@code bench-search}), so that both build the same index from the same words.
 */
public final class SyntheticMeasuresOptions {

    @Parameters(paramLabel = "CORPUS", arity = "0..1",
            description = "Folder of documents whose measures are recombined (default: samples).")
    Path corpus = Path.of("samples");

    @Option(names = "--measures", paramLabel = "N", defaultValue = "1000000",
            description = "Synthetic measures to index (default: ${DEFAULT-VALUE}).")
    long measures;

    @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", defaultValue = "20250101", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;
}
