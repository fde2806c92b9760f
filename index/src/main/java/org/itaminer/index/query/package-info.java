/**
 * Searching: a {@link org.itaminer.index.query.SearchRequest} (words and filters) becomes a Lucene query
 * ({@link org.itaminer.index.query.MeasureQuery}: chunks of words, {@link org.itaminer.index.query.PairPhraseQuery}
 * for phrases, filters; too long a query is a {@link org.itaminer.index.query.QueryTooLongException}), and
 * {@link org.itaminer.index.query.MeasureSearch} runs it: best matches raised by a title match
 * ({@link org.itaminer.index.query.TitleBoost}), snippets, facet counts, as a
 * {@link org.itaminer.index.query.SearchResult} of {@link org.itaminer.index.query.SearchHit}s, each named by a
 * {@link org.itaminer.index.query.MeasureId}.
 */
package org.itaminer.index.query;
