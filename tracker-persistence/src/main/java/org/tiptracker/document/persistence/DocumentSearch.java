package org.tiptracker.document.persistence;

import java.util.List;

/** The part of {@link DocumentRepository} that Spring Data cannot derive: a query that depends on the criteria given. */
public interface DocumentSearch {

    /** Matching documents, newest first (by year, then date, then number). */
    List<DocumentEntity> search(DocumentCriteria criteria);
}
