package org.tiptracker.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class DocumentRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2016, 5, 30);
    private static final Organ GA = Organ.GENERAL_ASSEMBLY;
    private static final DocumentKind RES = DocumentKind.RESOLUTION;

    @Test
    void aDocumentIsKnownByANumberASymbolOrATitleOfAYearSince1945() {
        assertThatCode(() -> DocumentRules.check(GA, RES, "70/179", "A/RES/70/179", 2015, null,
                LocalDate.of(2015, 12, 17), "عنوان", null, TODAY)).doesNotThrowAnyException();
        assertRule(() -> DocumentRules.check(null, RES, "1/1", null, 2015, null, null, null, null, TODAY), "document.organ.required");
        assertRule(() -> DocumentRules.check(GA, null, "1/1", null, 2015, null, null, null, null, TODAY), "document.kind.required");
        assertRule(() -> DocumentRules.check(GA, RES, null, null, 2015, null, null, "عنوان", null, TODAY), "document.number.required");
        assertRule(() -> DocumentRules.check(GA, RES, "=1+1", null, 2015, null, null, null, null, TODAY), "document.number.invalid");
        assertRule(() -> DocumentRules.check(GA, RES, "1/1", "<script>", 2015, null, null, null, null, TODAY), "document.symbol.invalid");
        assertRule(() -> DocumentRules.check(GA, DocumentKind.REPORT, null, null, 2015, null, null, null, null, TODAY),
                "document.identity.required");
        assertRule(() -> DocumentRules.check(GA, RES, "1/1", null, 1944, null, null, null, null, TODAY), "document.year.range");
        assertRule(() -> DocumentRules.check(GA, RES, "1/1", null, 2018, null, null, null, null, TODAY), "document.year.range");
        assertThatCode(() -> DocumentRules.check(GA, RES, "1/1", null, 2017, null, null, null, null, TODAY)).doesNotThrowAnyException();
        assertRule(() -> DocumentRules.check(GA, RES, "1/1", null, 2015, null, LocalDate.of(2014, 1, 1), null, null, TODAY),
                "document.adopted.year");
        assertRule(() -> DocumentRules.check(GA, RES, "1/1", null, 2015, null, null, "ع".repeat(1001), null, TODAY),
                "document.text.tooLong");
    }

    @Test
    void aParagraphHasANumberAnArabicTextAndAPosition() {
        assertThatCode(() -> DocumentRules.checkParagraph("13 (أ)", null, "يقرر", null)).doesNotThrowAnyException();
        assertRule(() -> DocumentRules.checkParagraph(" ", 1, "يقرر", null), "document.paragraph.number.required");
        assertRule(() -> DocumentRules.checkParagraph("1", 1, " ", null), "document.paragraph.textAr.required");
        assertRule(() -> DocumentRules.checkParagraph("1", 1, "يقرر", "x".repeat(20_001)), "document.text.tooLong");
        assertRule(() -> DocumentRules.checkParagraph("1", 0, "يقرر", null), "document.paragraph.position.range");
        assertRule(() -> DocumentRules.checkParagraph("1", 10_001, "يقرر", null), "document.paragraph.position.range");
    }

    private static void assertRule(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
