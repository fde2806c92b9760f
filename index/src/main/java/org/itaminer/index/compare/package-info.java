/**
 * Comparing agencies: {@link org.itaminer.index.compare.ThemeMatrix} (agencies × ITA themes), computed from the
 * index by {@link org.itaminer.index.compare.ThemeScan} (one doc-values pass over the matches; behind
 * {@link org.itaminer.index.MeasureIndex#compare}), and its CSV form ({@link org.itaminer.index.compare.ThemeMatrixCsv}).
 */
package org.itaminer.index.compare;
