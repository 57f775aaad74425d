package org.tiptracker.awareness.persistence;

import java.time.LocalDate;

/** A Blue Heart adoption as entered: the participant's ISO code, its year or a date by which it had adopted. */
public record AdoptionCommand(String iso3, Integer year, LocalDate knownBy, String source) {
}
