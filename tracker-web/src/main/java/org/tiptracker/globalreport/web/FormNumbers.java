package org.tiptracker.globalreport.web;

import org.springframework.validation.BindingResult;
import org.tiptracker.arabic.UnArabic;

/** Reads whole numbers typed in a form (Western or Arabic-Indic digits); a field error when unreadable. */
final class FormNumbers {

    private FormNumbers() {
    }

    static Integer integer(String text, String field, BindingResult result) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = UnArabic.westernDigits(text.strip());
        if (!digits.matches("-?\\d{1,6}")) {
            result.rejectValue(field, "globalreport.form.number.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }
}
