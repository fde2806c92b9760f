/**
 * Comparing agencies: {@link org.itaminer.index.compare.ThemeMatrix} (agencies × ITA themes, computed from the
 * index by {@link org.itaminer.index.search.MeasureIndex#compare}) and its CSV form
 * ({@link org.itaminer.index.compare.ThemeMatrixCsv}).
 */
package org.itaminer.index.compare;
