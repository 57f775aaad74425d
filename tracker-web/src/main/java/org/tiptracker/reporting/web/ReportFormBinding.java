package org.tiptracker.reporting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;
import org.tiptracker.common.DomainException;
import org.tiptracker.reporting.ReportValidation;
import org.tiptracker.web.DomainMessages;

/**
 * How the report form is bound, wherever it is posted (the page and its autosave): the fields,
 * and the limit on measures.
 */
@ControllerAdvice(assignableTypes = {ReportController.class, ReportAutosaveController.class})
class ReportFormBinding {

    private final DomainMessages domainMessages;

    ReportFormBinding(DomainMessages domainMessages) {
        this.domainMessages = domainMessages;
    }

    @InitBinder("reportForm")
    void limit(WebDataBinder binder) {
        // A report holds at most 200 measures (ReportValidation); one more so that the 201st is reported, not dropped.
        binder.setAutoGrowCollectionLimit(ReportValidation.MAX_MEASURES + 2);
        binder.setAllowedFields("version", "measures[*].*");
    }

    /** The answer to a measure index far beyond what the form produces (only a forged request sends one). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyMeasures(Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("message", domainMessages.message(
                new DomainException("report.validation.tooManyMeasures", ReportValidation.MAX_MEASURES), locale));
        return page;
    }
}
