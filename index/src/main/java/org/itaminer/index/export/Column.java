package org.itaminer.index.export;

import java.util.Objects;
import java.util.function.Function;

/** A named column of a table over rows of type {@code T}; the value is a String, a Number or null. */
record Column<T>(String name, Function<T, Object> value) {

    Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
