package org.tiptracker.treaty.untc;

import java.util.List;

import org.tiptracker.treaty.TreatyCode;

/** Every row of an imported file with its outcome, before anything is recorded. */
public record ActionImportPreview(TreatyCode treaty, List<ActionImportRow> rows) {

    public ActionImportPreview {
        rows = List.copyOf(rows);
    }

    /** Whether the whole file can be applied: no row has an error. */
    public boolean valid() {
        return errorRows() == 0;
    }

    public int errorRows() {
        return (int) rows.stream().filter(ActionImportRow::hasError).count();
    }

    public int newSignatures() {
        return count(ActionImportOutcome.Type.NEW_SIGNATURE);
    }

    public int newInstruments() {
        return count(ActionImportOutcome.Type.NEW_INSTRUMENT);
    }

    public int unchanged() {
        return count(ActionImportOutcome.Type.UNCHANGED);
    }

    /** The number of actions that applying the file records. */
    public int newActions() {
        return newSignatures() + newInstruments();
    }

    private int count(ActionImportOutcome.Type type) {
        return (int) rows.stream().flatMap(r -> r.outcomes().stream()).filter(o -> o.type() == type).count();
    }
}
