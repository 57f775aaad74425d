package org.tiptracker.arabic;

/**
 * The case of a counted phrase, where Arabic spelling shows it: the dual ({@code دولتان} /
 * {@code دولتين}), twelve ({@code اثنتا عشرة} / {@code اثنتي عشرة}) and the tens
 * ({@code عشرون} / {@code عشرين}).
 */
public enum GrammaticalCase {
    /** Subject or predicate: {@code أصبحت دولتان طرفين}. */
    NOMINATIVE,
    /** Accusative or genitive: {@code في دولتين}. */
    OBLIQUE
}
