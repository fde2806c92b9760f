/**
 * Measure tables: column roles read from the header's words (never from positions), header rows
 * found and skipped where repeated, and rows continued across pages merged into one measure.
 */
package org.itaminer.extract.table;
