/**
 * The index benchmark: {@link org.itaminer.bench.SyntheticCorpus} recombines real measures (titles, steps,
 * responsible units, periods, results) over invented agencies into as many reports as asked, the same for the same
 * seed, and {@link org.itaminer.bench.IndexBenchmark} indexes them into a folder and times a fixed mix of
 * searches (Thai words and phrases, abbreviations, digits, filters, facets).
 */
package org.itaminer.bench;
