package org.tiptracker.treaty.persistence;

import java.time.LocalDate;

import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.TreatyCode;

/** What a user asks to record: an action, where it comes from, and why it is recorded or changed. */
public record ActionCommand(String iso3, TreatyCode treaty, ActionKind kind, LocalDate date, String text,
                            String source, String reason) {
}
