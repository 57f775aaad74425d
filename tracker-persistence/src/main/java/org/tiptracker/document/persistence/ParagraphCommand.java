package org.tiptracker.document.persistence;

/** A paragraph as the secretariat entered it. */
public record ParagraphCommand(String number, Integer position, boolean operative, String textAr, String textEn) {
}
