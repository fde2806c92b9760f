/**
 * The analysts' workspace ({@code itaminer serve}): {@link org.itaminer.web.WorkspaceServer} and its pages. A front
 * end: it parses requests and calls the index and the workdir, like the CLI. New page sets (reconciliation, year over
 * year) plug in as {@link org.itaminer.web.WorkspaceExtension}s.
 */
package org.itaminer.web;
