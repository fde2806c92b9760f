/**
 * RTF read into the layout model by a reader of our own: {@link org.itaminer.ingest.rtf.RtfReader}.
 * Tika's RTF parser ends a paragraph at {@code \cell} and {@code \row} and so turns every table into a
 * column of paragraphs; here {@code \trowd … \cellx … \cell … \row} stay rows and cells, and a cell's
 * column span comes from its right edge ({@code \cellx}) against the edges of the whole table.
 */
package org.itaminer.ingest.rtf;
