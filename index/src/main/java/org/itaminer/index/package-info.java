/**
 * The measure index: {@link org.itaminer.index.MeasureIndex} opens it for reading and routes a search, a comparison
 * or a similar-measures question to its package ({@code query}, {@code compare}, {@code similar}); writing is
 * {@code write}'s, the Thai analysis {@code analysis}'s, themes {@code theme}'s, exports {@code export}'s.
 */
package org.itaminer.index;
