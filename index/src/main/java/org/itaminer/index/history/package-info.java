/**
 * Year over year (ผลการดำเนินงานรายปี): an agency's documents by fiscal year, the ITA score and grade its documents
 * cite over the years, and its measures kept, dropped and new from one year to the next, paired by the same machinery
 * as plan ↔ report reconciliation ({@link org.itaminer.index.reconcile.MeasurePairing}).
 */
package org.itaminer.index.history;
