/**
 * Structured measures: the measure cell split into number and title, the how-to column split into
 * its numbered steps, cited ITA indicator codes, and measures written as numbered paragraphs
 * ("ผู้รับผิดชอบ: ...") instead of a table.
 */
package org.itaminer.extract.measure;
