/**
 * The Thai analysis chain shared by indexing and searching: {@link org.itaminer.index.analysis.ThaiSearchAnalyzer}
 * (a word-break character filter, a {@link org.itaminer.index.analysis.Segmenter}, lower case, Thai → Arabic digits;
 * abbreviation synonyms at query time, {@link org.itaminer.index.analysis.AbbreviationSynonyms}), text analyzed once
 * and replayed ({@link org.itaminer.index.analysis.AnalyzedText}), the abbreviations' one-word forms
 * ({@link org.itaminer.index.analysis.ShortForms}) and adjacent word pairs ({@link org.itaminer.index.analysis.WordPairs}).
 */
package org.itaminer.index.analysis;
