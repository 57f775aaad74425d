package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.reporting.MeasureHeading;

/** The shared reading of typed form values: what is accepted, and which field error is left when not. */
class FormInputTests {

    private static BindingResult result() {
        Map<String, Object> target = new HashMap<>();
        target.put("year", null);
        target.put("day", null);
        return new MapBindingResult(target, "form");
    }

    @Test
    void choicesAreReadByExactNameAndUnknownOrEmptyGiveNull() {
        assertThat(FormInput.enumOf(MeasureHeading.class, MeasureHeading.values()[0].name()))
                .isEqualTo(MeasureHeading.values()[0]);
        assertThat(FormInput.enumOf(MeasureHeading.class, " " + MeasureHeading.values()[1].name() + " "))
                .isEqualTo(MeasureHeading.values()[1]);
        assertThat(FormInput.enumOf(MeasureHeading.class, MeasureHeading.values()[0].name().toLowerCase())).isNull();
        assertThat(FormInput.enumOf(MeasureHeading.class, "")).isNull();
        assertThat(FormInput.enumOf(MeasureHeading.class, null)).isNull();
    }

    @Test
    void wholeNumbersAcceptArabicIndicDigitsAndRefuseTheRestWithTheGivenKey() {
        BindingResult r = result();
        assertThat(FormInput.integer("٢٠١٦", "year", r, "x.number.invalid")).isEqualTo(2016);
        assertThat(FormInput.integer("  ", "year", r, "x.number.invalid")).isNull();
        assertThat(r.hasErrors()).isFalse();

        assertThat(FormInput.integer("-3", "year", r, "x.number.invalid")).isNull();
        assertThat(r.getFieldError("year").getCode()).isEqualTo("x.number.invalid");

        BindingResult signed = result();
        assertThat(FormInput.signedInteger("-3", "year", signed, "x.number.invalid")).isEqualTo(-3);
        assertThat(FormInput.signedInteger("1234567", "year", signed, "x.number.invalid")).isNull();
        assertThat(signed.getFieldErrorCount("year")).isEqualTo(1);

        assertThat(FormInput.integer("١٢")).isEqualTo(12);
        assertThat(FormInput.integer("abc")).isNull();
    }

    @Test
    void datesAreDayMonthYearOrIsoWithinTheGivenYears() {
        BindingResult r = result();
        assertThat(FormInput.date("٢٠١٦-٠٥-٣٠", "day", r, "x.date.invalid")).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(FormInput.date("٣٠/٠٥/٢٠١٦", "day", r, "x.date.invalid")).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(FormInput.date("30.05.2016", "day", r, "x.date.invalid")).isEqualTo(LocalDate.of(2016, 5, 30));
        assertThat(FormInput.date("", "day", r, "x.date.invalid")).isNull();
        assertThat(r.hasErrors()).isFalse();

        assertThat(FormInput.date("2015-02-29", "day", r, "x.date.invalid")).isNull();
        assertThat(r.getFieldError("day").getCode()).isEqualTo("x.date.invalid");
        BindingResult impossible = result();
        assertThat(FormInput.date("٣١/٠٢/٢٠١٦", "day", impossible, "x.date.invalid")).isNull();
        assertThat(impossible.getFieldError("day").getCode()).isEqualTo("x.date.invalid");

        BindingResult ranged = result();
        assertThat(FormInput.date("1999-12-31", "day", ranged, "x.date.invalid", 2000, 2100)).isNull();
        assertThat(ranged.getFieldErrorCount("day")).isEqualTo(1);
        assertThat(FormInput.date("2000-01-01", "day", ranged, "x.date.invalid", 2000, 2100)).isEqualTo(LocalDate.of(2000, 1, 1));
    }

    @Test
    void ruleViolationsGoNextToTheirFieldOrAboveTheForm() {
        BindingResult r = result();
        FormInput.reject(r, new DomainException("x.year.range", 1900), "year", new Object[] {"1900"});
        FormInput.reject(r, new DomainException("x.other"), null, new Object[0]);
        assertThat(r.getFieldError("year").getCode()).isEqualTo("x.year.range");
        assertThat(r.getFieldError("year").getArguments()).containsExactly("1900");
        assertThat(r.getGlobalError().getCode()).isEqualTo("x.other");
    }

    @Test
    void aConflictIsA409WithTheRecordAsItIsNow() {
        BindingResult r = result();
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        FormInput.conflict(new ConflictException("x.conflict", "year 2016"), r, model, response);
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(r.getGlobalError().getCode()).isEqualTo("x.conflict");
        assertThat(model.get("conflictCurrent")).isEqualTo("year 2016");
    }
}
