/**
 * The inputs of a run: files as given, folders walked ({@link org.itaminer.pipeline.input.InputWalk}) into the files
 * to read and what was passed over with its reason ({@link org.itaminer.pipeline.input.InputScan}): hidden, excluded,
 * a link out of the input folders, unreadable.
 */
package org.itaminer.pipeline.input;
