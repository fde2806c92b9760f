/**
 * Measure tables: column roles read from the header's words (never from positions), header rows
 * found and skipped where repeated, rows continued across pages merged into one measure, and group
 * headings (ยุทธศาสตร์ที่ / มิติที่ ... rows spanning the table) kept apart from the measures they group.
 * Columns the genre names but the schema has no field for (กลุ่มเป้าหมาย, สถิติ, งบประมาณ, ตัวชี้วัด,
 * วัตถุประสงค์, หมายเหตุ) have roles of their own and land in a measure's {@code extra} under fixed keys.
 */
package org.itaminer.extract.table;
