package org.itaminer.pipeline.input;

/** Why a file met in an input folder was not read. */
public enum SkipReason {
    /** Its name (or a folder's on its path) starts with a dot. */
    HIDDEN("hidden"),
    /** It matches an {@code --exclude} pattern, or is an answer file ({@code *.expected.json}). */
    EXCLUDED("excluded"),
    /** A symbolic link that leads out of the input folders (or nowhere, or round in a loop). */
    LINK("links"),
    /** A folder or file that could not be read: permissions, a name too long, a vanished folder. */
    UNREADABLE("unreadable");

    private final String word;

    SkipReason(String word) {
        this.word = word;
    }

    /** The word the run summary counts it under. */
    public String word() {
        return word;
    }
}
