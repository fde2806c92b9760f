/**
 * Office documents and HTML read with Apache Tika into the layout model:
 * {@link org.itaminer.ingest.office.TikaOfficeReader}.
 */
package org.itaminer.ingest.office;
