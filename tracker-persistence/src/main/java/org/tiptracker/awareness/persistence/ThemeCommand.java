package org.tiptracker.awareness.persistence;

/** A World Day theme as entered. */
public record ThemeCommand(Integer year, String themeAr, String themeEn, String source) {
}
