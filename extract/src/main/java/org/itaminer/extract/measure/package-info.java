/**
 * What a measure is made of, whoever read it: the roles its texts play ({@link org.itaminer.extract.measure.ColumnRole})
 * and the genre's words naming them ({@link org.itaminer.extract.measure.HeaderVocabulary}), the
 * {@link org.itaminer.extract.measure.MeasureReader} interface every reader implements and the
 * {@link org.itaminer.extract.measure.MeasureDraft} it produces, and the
 * {@link org.itaminer.extract.measure.MeasureBuilder} that interprets a draft as a schema measure: number and
 * title split, the how-to text split into its numbered steps, the period resolved, cited ITA indicator codes
 * found. Readers depend on this package; it depends on no reader.
 */
package org.itaminer.extract.measure;
