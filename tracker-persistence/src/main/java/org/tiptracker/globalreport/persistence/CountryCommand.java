package org.tiptracker.globalreport.persistence;

import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationStatus;

/** One country's row in an edition as entered: the participant's ISO code, its status and band (optional). */
public record CountryCommand(String iso3, CriminalizationStatus status, ConvictionBand band) {
}
