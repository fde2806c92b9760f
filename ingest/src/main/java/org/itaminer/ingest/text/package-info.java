/**
 * The plain-text table form: tab-separated (or pipe-delimited markdown) lines are table rows, other
 * lines are paragraphs; HTML fragments inside cells are parsed with jsoup; the character encoding
 * (UTF-8, TIS-620/windows-874 ...) is detected, not assumed.
 */
package org.itaminer.ingest.text;
