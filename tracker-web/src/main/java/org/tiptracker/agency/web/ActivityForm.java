package org.tiptracker.agency.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.BindingResult;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.DatePrecision;
import org.tiptracker.agency.persistence.ActivityCommand;
import org.tiptracker.agency.persistence.ActivityRow;
import org.tiptracker.agency.persistence.AgencyViews;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.DomainException;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.VersionedForm;

/**
 * The activity form as typed: dates and figures stay text until checked, so a wrong entry is shown
 * again as it was. It reads itself into a command, marking on its field what it cannot read.
 */
public class ActivityForm extends VersionedForm {

    public String agency;
    public String kind;
    public String heading;
    public String title;
    public String description;
    public String startDate;
    public String endDate;
    public String datePrecision = "DAY";
    public String peopleTrained;
    public String victimsAssisted;
    public String suspectsArrested;
    public String countriesReached;
    public List<String> countries = new ArrayList<>();
    public List<String> regions = new ArrayList<>();
    public List<String> partners = new ArrayList<>();
    public String sourceSymbol;
    public String sourceParagraph;

    /** The form filled with the activity as recorded. */
    static ActivityForm of(AgencyViews.Activity activity) {
        ActivityRow a = activity.row();
        ActivityForm form = new ActivityForm();
        form.agency = a.agency();
        form.kind = a.kind().name();
        form.heading = a.heading() == null ? "" : a.heading().name();
        form.title = a.title();
        form.description = a.description();
        form.startDate = text(a.startDate());
        form.endDate = text(a.endDate());
        form.datePrecision = a.datePrecision().name();
        ActivityFigures f = a.figures();
        form.peopleTrained = text(f.peopleTrained());
        form.victimsAssisted = text(f.victimsAssisted());
        form.suspectsArrested = text(f.suspectsArrested());
        form.countriesReached = text(f.countriesReached());
        form.countries = new ArrayList<>(a.countries().stream().map(ActivityRow.Country::iso3).toList());
        form.regions = new ArrayList<>(a.regions().stream().map(Enum::name).toList());
        form.partners = new ArrayList<>(a.partners());
        form.sourceSymbol = a.sourceSymbol();
        form.sourceParagraph = a.sourceParagraph();
        form.version = activity.version();
        return form;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The command, or field errors for what cannot be read (the form then shows them, nothing lost). */
    ActivityCommand command(BindingResult result) {
        ActivityKind kindValue = FormInput.enumOf(ActivityKind.class, kind);
        if (kindValue == null) {
            result.rejectValue("kind", "activity.kind.required");
        }
        MeasureHeading headingValue = null;
        if (heading != null && !heading.isBlank()) {
            headingValue = FormInput.enumOf(MeasureHeading.class, heading);
            if (headingValue == null) {
                result.rejectValue("heading", "activity.form.heading.invalid");
            }
        }
        LocalDate start = date(startDate, "startDate", result);
        LocalDate end = date(endDate, "endDate", result);
        if (start != null && end != null && end.isBefore(start)) {
            result.rejectValue("endDate", "activity.dates.order");
        }
        DatePrecision precision = FormInput.enumOf(DatePrecision.class, datePrecision);
        if (precision == null) {
            result.rejectValue("datePrecision", "activity.form.precision.invalid");
        }
        Integer trained = figure(peopleTrained, "peopleTrained", result);
        Integer victims = figure(victimsAssisted, "victimsAssisted", result);
        Integer suspects = figure(suspectsArrested, "suspectsArrested", result);
        Integer reached = figure(countriesReached, "countriesReached", result);
        ActivityFigures figures = ActivityFigures.NONE;
        try {
            figures = new ActivityFigures(trained, victims, suspects, reached);
        } catch (DomainException e) {
            result.rejectValue(e.field(), e.messageKey());
        }
        Set<ActivityRegion> regionValues = new LinkedHashSet<>();
        for (String region : regions) {
            ActivityRegion r = FormInput.enumOf(ActivityRegion.class, region);
            if (r == null) {
                result.rejectValue("regions", "activity.form.region.invalid");
            } else {
                regionValues.add(r);
            }
        }
        return new ActivityCommand(agency, kindValue, headingValue, title, description, start, end, figures, countries,
                regionValues, partners, sourceSymbol, sourceParagraph, precision);
    }

    private static LocalDate date(String value, String field, BindingResult result) {
        return FormInput.date(value, field, result, "activity.form.date.invalid", 1945, 2100);
    }

    private static Integer figure(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = UnArabic.westernDigits(value.strip()).replace(",", "").replace("٬", "");
        if (digits.matches("-\\s*\\d+")) {
            result.rejectValue(field, "activity.figure.negative");
            return null;
        }
        if (!digits.matches("\\d{1,9}")) {
            result.rejectValue(field, "activity.form.number.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }

}
