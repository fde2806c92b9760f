/**
 * Measure tables, read in two steps. {@link org.itaminer.extract.table.TableContinuations} joins the parts
 * page breaks cut a table into ({@link org.itaminer.extract.table.WholeTable}): header repeats left out,
 * header-less parts carried on under the layout in force, "(ต่อ)" rows and rows cut by the break (open
 * edges, an empty number cell) marked as going on from the row above. {@link org.itaminer.extract.table.MeasureTableReader}
 * then reads each whole table: column roles from the header's words (never from positions), group headings
 * (ยุทธศาสตร์ที่ / มิติที่ ... rows spanning the table, or printed over it) kept apart from the measures they
 * group, continued rows merged into one measure. Columns the genre names but the schema has no field for
 * (กลุ่มเป้าหมาย, สถิติ, งบประมาณ, ตัวชี้วัด, วัตถุประสงค์, หมายเหตุ, สถานะ) land in a measure's {@code extra}
 * under fixed keys.
 */
package org.itaminer.extract.table;
