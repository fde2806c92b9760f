package org.itaminer.model.layout;

import java.util.Objects;

/**
 * How usable a page's text is, and why not when it is not. The OCR stage picks up every page whose
 * quality is not {@link Quality#GOOD}.
 *
 * @param quality the verdict
 * @param reason a short human-readable cause ("no text layer", "72% private-use glyphs"); empty when good
 */
public record TextLayer(Quality quality, String reason) {

    public static final TextLayer GOOD = new TextLayer(Quality.GOOD, "");

    public enum Quality { GOOD, NO_TEXT, GARBAGE }

    public TextLayer {
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean needsOcr() {
        return quality != Quality.GOOD;
    }
}
