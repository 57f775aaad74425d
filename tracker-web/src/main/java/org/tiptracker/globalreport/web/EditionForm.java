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

    private String year;
    private String editionNumber;
    private String publishedYear;
    private String publishedMonth;
    private String dataFromYear;
    private String dataToYear;
    private String countriesCovered;
    private String legislationYear;
    private String legislationMonth;
    private String convictionsFromYear;
    private String convictionsToYear;
    private String source;

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
        form.setVersion(e.version());
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

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getEditionNumber() { return editionNumber; }
    public void setEditionNumber(String editionNumber) { this.editionNumber = editionNumber; }
    public String getPublishedYear() { return publishedYear; }
    public void setPublishedYear(String publishedYear) { this.publishedYear = publishedYear; }
    public String getPublishedMonth() { return publishedMonth; }
    public void setPublishedMonth(String publishedMonth) { this.publishedMonth = publishedMonth; }
    public String getDataFromYear() { return dataFromYear; }
    public void setDataFromYear(String dataFromYear) { this.dataFromYear = dataFromYear; }
    public String getDataToYear() { return dataToYear; }
    public void setDataToYear(String dataToYear) { this.dataToYear = dataToYear; }
    public String getCountriesCovered() { return countriesCovered; }
    public void setCountriesCovered(String countriesCovered) { this.countriesCovered = countriesCovered; }
    public String getLegislationYear() { return legislationYear; }
    public void setLegislationYear(String legislationYear) { this.legislationYear = legislationYear; }
    public String getLegislationMonth() { return legislationMonth; }
    public void setLegislationMonth(String legislationMonth) { this.legislationMonth = legislationMonth; }
    public String getConvictionsFromYear() { return convictionsFromYear; }
    public void setConvictionsFromYear(String convictionsFromYear) { this.convictionsFromYear = convictionsFromYear; }
    public String getConvictionsToYear() { return convictionsToYear; }
    public void setConvictionsToYear(String convictionsToYear) { this.convictionsToYear = convictionsToYear; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
}
