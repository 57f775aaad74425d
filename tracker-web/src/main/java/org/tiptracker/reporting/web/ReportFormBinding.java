package org.tiptracker.reporting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.validation.DataBinder;
import org.springframework.web.servlet.ModelAndView;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.web.DomainMessages;

/** How the report form is bound, wherever it is posted (the page and its autosave): the fields, and the limit on measures. */
final class ReportFormBinding {

    private ReportFormBinding() {
    }

    static void limit(DataBinder binder) {
        // A report holds at most 200 measures (ReportValidation); one more so that the 201st is reported, not dropped.
        binder.setAutoGrowCollectionLimit(ReportValidation.MAX_MEASURES + 2);
        binder.setAllowedFields("version", "measures[*].*");
    }

    /** The answer to a measure index far beyond what the form produces (only a forged request sends one). */
    static ModelAndView tooManyMeasures(MessageSource messages, DomainMessages domainMessages, Locale locale,
                                        HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", messages.getMessage("report.validation.tooManyMeasures",
                domainMessages.arguments(new Object[]{ReportValidation.MAX_MEASURES}, locale), locale));
        return page;
    }
}
