package org.tiptracker.globalreport.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.validation.BindingResult;
import org.tiptracker.globalreport.persistence.EditionCommand;
import org.tiptracker.globalreport.persistence.GlobalReportViews;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.VersionedForm;

/** The edition form as typed: numbers stay text until read, so that a wrong entry is shown again as it was. */
public class EditionForm extends VersionedForm {

    /** The form's number fields as the page lays them out, row by row (a {@code …Month} field is a choice of months). */
    static final List<List<String>> NUMBER_ROWS = List.of(
            List.of("year", "editionNumber", "publishedYear", "publishedMonth"),
            List.of("dataFromYear", "dataToYear", "countriesCovered"),
            List.of("legislationYear", "legislationMonth", "convictionsFromYear", "convictionsToYear"));
    /** Every field a request may set. */
    static final String[] FIELDS = Stream.concat(NUMBER_ROWS.stream().flatMap(List::stream), Stream.of("source", "version"))
            .toArray(String[]::new);

    public String year;
    public String editionNumber;
    public String publishedYear;
    public String publishedMonth;
    public String dataFromYear;
    public String dataToYear;
    public String countriesCovered;
    public String legislationYear;
    public String legislationMonth;
    public String convictionsFromYear;
    public String convictionsToYear;
    public String source;

    /** The form of an edition as it is recorded. */
    static EditionForm of(GlobalReportViews.Edition e) {
        EditionForm form = new EditionForm();
        form.year = text(e.year());
        form.editionNumber = text(e.editionNumber());
        form.publishedYear = text(e.publishedYear());
        form.publishedMonth = text(e.publishedMonth());
        form.dataFromYear = text(e.dataFromYear());
        form.dataToYear = text(e.dataToYear());
        form.countriesCovered = text(e.countriesCovered());
        form.legislationYear = text(e.legislationYear());
        form.legislationMonth = text(e.legislationMonth());
        form.convictionsFromYear = text(e.convictionsFromYear());
        form.convictionsToYear = text(e.convictionsToYear());
        form.source = e.source();
        form.version = e.version();
        return form;
    }

    /** The entry as a command; a number that cannot be read is marked on its field (the rules judge the rest). */
    EditionCommand command(BindingResult r) {
        return new EditionCommand(integer(year, "year", r), integer(editionNumber, "editionNumber", r),
                integer(publishedYear, "publishedYear", r), integer(publishedMonth, "publishedMonth", r),
                integer(dataFromYear, "dataFromYear", r), integer(dataToYear, "dataToYear", r),
                integer(countriesCovered, "countriesCovered", r), integer(legislationYear, "legislationYear", r),
                integer(legislationMonth, "legislationMonth", r), integer(convictionsFromYear, "convictionsFromYear", r),
                integer(convictionsToYear, "convictionsToYear", r), source);
    }

    private static Integer integer(String text, String field, BindingResult result) {
        return FormInput.signedInteger(text, field, result, "globalreport.form.number.invalid");
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
