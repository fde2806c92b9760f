/**
 * Full-text search over extracted measures: one Lucene document per measure carrying its report's fields
 * ({@link org.itaminer.index.search.MeasureIndex}), a Thai analyzer with digit folding and abbreviation synonyms
 * ({@link org.itaminer.index.search.ThaiSearchAnalyzer}), filters and facet counts
 * ({@link org.itaminer.index.search.SearchRequest}, {@link org.itaminer.index.search.SearchResult}).
 */
package org.itaminer.index.search;
