/**
 * The workdir: originals stored content-addressed by SHA-256 with the provenance of every place they
 * were read from, and each stage's output kept under the stage's version, so a re-run does no work
 * twice and a changed extractor re-extracts without re-ingesting.
 */
package org.itaminer.pipeline.store;
