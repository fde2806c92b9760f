package org.itaminer.index.facet;

/** One value of a facet dimension and how many matching measures have it. */
public record FacetValue(String value, int count) {
}
