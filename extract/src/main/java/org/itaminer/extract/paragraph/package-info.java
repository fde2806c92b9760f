/**
 * Measures written outside tables: numbered paragraphs with labelled lines ("มาตรการที่ 1 ...",
 * "ผู้รับผิดชอบ: ...") and the plain numbered list of a ประกาศ whose subject is measures. Each reader
 * hands {@link org.itaminer.extract.measure.MeasureDraft}s to the measure builder.
 */
package org.itaminer.extract.paragraph;
