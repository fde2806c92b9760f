/**
 * The extracted report, schema version 1 (one per source document): the records that extract
 * produces and index, export and the web UI consume. Field names and JSON shape follow
 * {@code schema/README.md}; the project may add fields but never renames or drops one.
 */
package org.itaminer.model.report;
