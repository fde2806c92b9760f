/**
 * Acquisition (การเก็บเอกสารจากเว็บไซต์หน่วยงาน): documents fetched from agency websites, politely and resumably,
 * before they enter the pipeline like any local file. {@code fetch}: one polite HTTP fetcher; {@code registry}: every
 * source and fetch attempt in an SQLite database in the workdir; {@code crawl}: walking an agency's site for its ITA
 * documents.
 */
package org.itaminer.acquire;
