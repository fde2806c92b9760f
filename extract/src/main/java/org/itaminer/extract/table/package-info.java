/**
 * Tables, read in three steps. {@link org.itaminer.extract.table.TableClassifier} first tells what each printed
 * table (or each part of one that holds one kind: {@link org.itaminer.extract.table.TableClassifier#segments})
 * holds, from its header's words and its cells ({@link org.itaminer.extract.table.TableKind}): measures, the
 * earlier ITA result by indicator (read by {@code extract.meta.IndicatorScoreFinder}), a schedule, a budget
 * summary, signatures, a checklist, contents; only measure tables give measures.
 * {@link org.itaminer.extract.table.TableContinuations} joins the parts page breaks cut a measure table into
 * ({@link org.itaminer.extract.table.WholeTable}): header repeats left out, header-less parts carried on under
 * the layout in force, "(ต่อ)" rows and rows cut by the break (open edges, an empty number cell) marked as going
 * on from the row above. {@link org.itaminer.extract.table.MeasureTableReader} then reads each whole table:
 * column roles from the header's words and the cells' content ({@link org.itaminer.extract.table.ColumnScores},
 * {@link org.itaminer.extract.table.ColumnContent}; never from positions), group headings (ยุทธศาสตร์ที่ / มิติที่
 * ... rows spanning the table, printed over it, a strategy column, a parent of sub-numbers) kept apart from the
 * measures they group, continued rows merged into one measure. Columns the genre names but the schema has no
 * field for (กลุ่มเป้าหมาย, สถิติ, งบประมาณ, ตัวชี้วัด, วัตถุประสงค์, หมายเหตุ, สถานะ, ประเด็น) land in a
 * measure's {@code extra} under fixed keys; columns nobody names, under their header.
 */
package org.itaminer.extract.table;
