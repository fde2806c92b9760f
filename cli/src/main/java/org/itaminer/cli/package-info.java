/**
 * The itaminer command line (picocli): one small class per subcommand; the pipeline that wires the
 * stages together with the workdir at its edges. Only {@link org.itaminer.cli.Main} calls System.exit.
 */
package org.itaminer.cli;
