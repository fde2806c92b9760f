/**
 * Writing the index: {@link org.itaminer.index.write.MeasureIndexWriter} opens a folder, replaces a report's
 * measures and commits; {@link org.itaminer.index.write.MeasureDocuments} makes one Lucene document per measure,
 * with the fields of {@link org.itaminer.index.write.MeasureFields}, the facet doc values of
 * {@link org.itaminer.index.write.FacetFields} and the title words of {@link org.itaminer.index.write.TitleWords};
 * {@link org.itaminer.index.write.IndexFormat} records what an index was built with and refuses another build
 * ({@link org.itaminer.index.write.OutdatedIndexException}). Every reader of the index reads this layout.
 */
package org.itaminer.index.write;
