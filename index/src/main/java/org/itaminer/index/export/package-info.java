/**
 * Reports as flat datasets: {@link org.itaminer.index.export.MeasureTable} defines the columns (one row per
 * measure with its report's columns), {@link org.itaminer.index.export.CsvExport} writes them as UTF-8 CSV with a
 * BOM, {@link org.itaminer.index.export.XlsxExport} as a workbook with Reports, Measures and IndicatorScores sheets.
 */
package org.itaminer.index.export;
