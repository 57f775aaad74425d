package org.tiptracker.document.persistence;

import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

/** Filters of the registry; null means any. {@code text} is matched word by word, forgiving Arabic spelling. */
public record DocumentCriteria(Organ organ, DocumentKind kind, Integer year, String text) {

    public static DocumentCriteria all() {
        return new DocumentCriteria(null, null, null, null);
    }
}
