/**
 * Documents fetched from agency websites into the workdir: the crawl ({@code itaminer-acquire}) stores them in the same
 * content-addressed originals as {@code run} stores local files, and they go through the same stages.
 */
package org.itaminer.pipeline.acquire;
