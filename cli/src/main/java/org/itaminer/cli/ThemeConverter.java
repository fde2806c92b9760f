package org.itaminer.cli;

import org.itaminer.index.theme.Theme;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --theme}: a theme's id as the facets print it (no_gift); an unknown one is refused with the known ids. */
final class ThemeConverter implements ITypeConverter<Theme> {

    @Override
    public Theme convert(String value) {
        try {
            return Theme.fromId(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
