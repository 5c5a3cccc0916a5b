package dev.clipsift.engine;

import picocli.CommandLine.ITypeConverter;

/**
 * Reads a family's {@code --<family>-filter MODE} flag as {@link FilterMode#parse} does ({@code disable},
 * {@code score-only}, {@code enable}); use it as the option's {@code converter}.
 */
public final class FilterModeConverter implements ITypeConverter<FilterMode> {
    @Override
    public FilterMode convert(String value) {
        return FilterMode.parse(value);
    }
}
