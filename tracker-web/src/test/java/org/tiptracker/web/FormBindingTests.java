package org.tiptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.tiptracker.agency.web.ActivityForm;
import org.tiptracker.reporting.web.ReportForm;

/** Forms are bound by field, with the allowed fields and the limit on growing lists the bean binder had. */
class FormBindingTests {

    private static WebDataBinder binder(Object form, String... allowed) {
        WebDataBinder binder = new FormBinding.FormBinder(form, "form");
        binder.setAllowedFields(allowed);
        return binder;
    }

    @Test
    void aFormIsBoundAndReadByItsFieldsNestedAndIndexedOnesToo() {
        ReportForm form = new ReportForm();
        WebDataBinder binder = binder(form, "version", "measures[*].*");
        binder.bind(new MutablePropertyValues()
                .add("version", "3")
                .add("measures[1].title", "الثاني")
                .add("measures[1].targetGroups", new String[] {"CHILDREN", "WOMEN"}));
        assertThat(binder.getBindingResult()).isInstanceOf(DirectFieldBindingResult.class);
        assertThat(form.version).isEqualTo(3L);
        assertThat(form.measures).hasSize(2);
        assertThat(form.measures.get(1).title).isEqualTo("الثاني");
        assertThat(form.measures.get(1).targetGroups).containsExactly("CHILDREN", "WOMEN");
        assertThat(binder.getBindingResult().getFieldValue("measures[1].title")).isEqualTo("الثاني");
    }

    @Test
    void aFieldOutsideTheAllowedOnesIsRefused() {
        ActivityForm form = new ActivityForm();
        WebDataBinder binder = binder(form, "title");
        binder.bind(new MutablePropertyValues().add("title", "t").add("agency", "FORGED").add("version", "9"));
        assertThat(form.title).isEqualTo("t");
        assertThat(form.agency).isNull();
        assertThat(form.version).isNull();
        assertThat(binder.getBindingResult().getSuppressedFields()).containsExactlyInAnyOrder("agency", "version");
    }

    @Test
    void anEmptyChoiceLeavesAnEmptyListNeverNull() {
        ActivityForm form = new ActivityForm();
        WebDataBinder binder = binder(form, "countries", "regions");
        binder.bind(new MutablePropertyValues().add("_countries", "on").add("regions", ""));
        assertThat(form.countries).isEmpty();
        assertThat(form.regions).isNotNull();
    }

    @Test
    void aListGrowsNoFurtherThanTheBinderLimit() {
        ActivityForm form = new ActivityForm();
        WebDataBinder binder = binder(form, "countries[*]");
        binder.bind(new MutablePropertyValues().add("countries[3]", "EGY"));
        assertThat(form.countries).hasSize(4).endsWith("EGY");
        WebDataBinder forged = binder(new ActivityForm(), "countries[*]");
        forged.setAutoGrowCollectionLimit(10);
        assertThatThrownBy(() -> forged.bind(new MutablePropertyValues().add("countries[10]", "EGY")))
                .isInstanceOf(InvalidPropertyException.class);
    }

    @Test
    void anObjectThatIsNoFormKeepsTheBeanBinder() {
        WebDataBinder binder = binder(new StringBuilder());
        assertThat(binder.getBindingResult()).isNotInstanceOf(DirectFieldBindingResult.class);
    }
}
