package org.tiptracker.web;

/**
 * The name of a request parameter in a message: shown as what it means in the reader's language
 * ({@code param.asOf}: "as-of date", "تاريخ الحالة"), never as the English name in the URL.
 */
public record ParameterName(String name) {

    @Override
    public String toString() {
        return name;
    }
}
