package org.tiptracker.document.persistence;

import java.time.LocalDate;

import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

/** A document as the secretariat entered it (texts not yet trimmed). */
public record DocumentCommand(Organ organ, DocumentKind kind, String number, String symbol, Integer year,
                              String session, LocalDate adoptedOn, String titleAr, String titleEn) {
}
