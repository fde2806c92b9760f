/**
 * Measures written outside tables. {@link org.itaminer.extract.paragraph.ParagraphMeasureReader} reads
 * numbered paragraphs with labelled fields: each body line is read as a list item ({@code Marker}: the
 * numbering's style and number, Thai or Arabic digits), a label ({@code Label}, {@code LabelVocabulary}: a
 * colon, a tab, a known label word and a space, or a label alone on its line) or plain text
 * ({@code BodyEntry}); {@code MeasureLevel} finds the style that numbers the measures (its items have
 * measure fields under them and count on across them), and {@code MeasureText} gathers one measure's
 * name, fields, steps and unknown labels. {@link org.itaminer.extract.paragraph.NumberedListMeasureReader}
 * reads the plain numbered list of a ประกาศ whose subject is measures. Each reader hands
 * {@link org.itaminer.extract.measure.MeasureDraft}s to the measure builder.
 */
package org.itaminer.extract.paragraph;
