package org.itaminer.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where in the pipeline a document's processing is, or failed. */
public enum Stage {
    /** Finding and storing the input's bytes. */
    READ("read"),
    /** Reading the bytes into the layout model. */
    INGEST("ingest"),
    /** Turning the layout into a report. */
    EXTRACT("extract"),
    /** Writing a stage's output into the workdir. */
    STORE("store"),
    /** Putting the report's measures into the search index. */
    INDEX("index"),
    /** The batch around the stages (a task that died outside any stage). */
    RUN("run");

    private final String value;

    Stage(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }
}
