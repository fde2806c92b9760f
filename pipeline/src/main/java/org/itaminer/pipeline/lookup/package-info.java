/** Finding one document in the workdir by its file, digest or a measure id, with all the workdir knows of it. */
package org.itaminer.pipeline.lookup;
