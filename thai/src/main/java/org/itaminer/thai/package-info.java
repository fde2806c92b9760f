/**
 * Thai text normalization as small composable steps, in the shape of Lucene's analysis filters:
 * each {@link org.itaminer.thai.TextFilter} does one job on a plain {@code String}
 * (Unicode NFC, zero-width removal, private-use glyph mapping, SARA AM composition, combining-mark
 * order, Thai digits, markup, white space, spaces left inside Thai words by line wrapping) and
 * names the code points it handles, and {@link org.itaminer.thai.ThaiTextNormalizer}
 * only composes them into the chain that every extracted text value goes through (see the
 * schema's "Normalization of every text value"), so extraction and indexing cannot drift apart.
 */
package org.itaminer.thai;
