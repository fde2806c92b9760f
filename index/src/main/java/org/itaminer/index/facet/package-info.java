/**
 * Facet counts of a search's matches (province, agency type, fiscal year, kind, indicator, theme), counted from the
 * doc values of {@link org.itaminer.index.write.FacetFields} as the matches are collected
 * ({@link org.itaminer.index.facet.FacetCounts}, {@link org.itaminer.index.facet.FacetValue}).
 */
package org.itaminer.index.facet;
