package org.tiptracker.treaty.untc;

import java.util.List;

/**
 * One row of an imported file and what it means.
 *
 * @param rowNumber   the row's number in the file, the header being row 1 (as a spreadsheet numbers it)
 * @param participant the participant cell as written in the file
 * @param signature   the signature cell as written in the file
 * @param instrument  the instrument cell (date and marker) as written in the file
 * @param iso3        the participant recognized, or null
 * @param outcomes    what each cell means, in order: the whole row's error, or the signature's and
 *                    the instrument's outcomes (each only when its cell is filled)
 */
public record ActionImportRow(int rowNumber, String participant, String signature, String instrument, String iso3,
                              List<ActionImportOutcome> outcomes) {

    public ActionImportRow {
        outcomes = List.copyOf(outcomes);
    }

    public boolean hasError() {
        return outcomes.stream().anyMatch(ActionImportOutcome::isError);
    }
}
