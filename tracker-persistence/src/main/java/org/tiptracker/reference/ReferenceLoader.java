package org.tiptracker.reference;

/**
 * Reference data that {@link ReferenceDataRunner} loads at start-up, in the order of the loaders'
 * {@code @Order}: the participants and treaties first, then what names them. Each row is loaded at
 * most once, ever, so a second load adds nothing.
 *
 * @param <R> what a load says it added
 */
public interface ReferenceLoader<R> {

    /** Loads the rows not loaded before. */
    R load();
}
