package org.tiptracker.agency;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

class ActivityAndIcatRulesTests {

    private static final LocalDate JAN = LocalDate.of(2016, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2016, 2, 1);

    @Test
    void anActivityNeedsItsAgencyKindAndTitleAndDatesInOrder() {
        assertThatCode(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "عنوان", "", JAN, FEB, "A/RES/70/179"))
                .doesNotThrowAnyException();
        assertRule(() -> ActivityRules.check(" ", ActivityKind.EVENT, "t", null, null, null, null), "activity.agency.required");
        assertRule(() -> ActivityRules.check("ILO", null, "t", null, null, null, null), "activity.kind.required");
        assertRule(() -> ActivityRules.check("ILO", ActivityKind.EVENT, " ", null, null, null, null), "activity.title.required");
        assertRule(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "t", "x".repeat(ActivityRules.MAX_DESCRIPTION + 1),
                null, null, null), "activity.description.tooLong");
        assertThatCode(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "t", "x".repeat(ActivityRules.MAX_DESCRIPTION),
                null, null, null)).doesNotThrowAnyException();
        assertRule(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "t", null, FEB, JAN, null), "activity.dates.order");
        assertRule(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "t", null, null, null, "<script>"),
                "activity.source.symbolInvalid");
        assertRule(() -> ActivityRules.check("ILO", ActivityKind.EVENT, "t", null, null, null, "A".repeat(101)),
                "activity.source.symbolInvalid");
    }

    @Test
    void anAgencyIsNotItsOwnPartner() {
        assertRule(() -> ActivityRules.checkPartner("UNODC", "unodc"), "activity.partner.self");
        assertThatCode(() -> ActivityRules.checkPartner("UNODC", "ILO")).doesNotThrowAnyException();
    }

    @Test
    void aRefusedFigureNamesItsField() {
        assertThatThrownBy(() -> new ActivityFigures(null, -1, null, null)).isInstanceOfSatisfying(DomainException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("victimsAssisted"));
        assertThatThrownBy(() -> new ActivityFigures(null, null, null, 251)).isInstanceOfSatisfying(DomainException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("countriesReached"));
    }

    @Test
    void icatsChairsMembershipsAndPapers() {
        assertRule(() -> IcatRules.checkChair(2005), "icat.chair.year.invalid");
        assertRule(() -> IcatRules.checkChair(2101), "icat.chair.year.invalid");
        assertThatCode(() -> IcatRules.checkChair(2006)).doesNotThrowAnyException();
        assertRule(() -> IcatRules.checkMembership("OBSERVER", JAN, null), "icat.member.role.invalid");
        assertRule(() -> IcatRules.checkMembership("MEMBER", null, null), "icat.member.from.required");
        assertRule(() -> IcatRules.checkMembership("PARTNER", FEB, JAN), "icat.member.period.order");
        assertThatCode(() -> IcatRules.checkMembership("MEMBER", JAN, JAN)).doesNotThrowAnyException();
        assertRule(() -> IcatRules.checkPaper(" ", "t", 2012, PaperStatus.PUBLISHED), "icat.paper.titleAr.required");
        assertRule(() -> IcatRules.checkPaper("ع", null, 2012, PaperStatus.PUBLISHED), "icat.paper.titleEn.required");
        assertRule(() -> IcatRules.checkPaper("ع", "t", null, PaperStatus.PUBLISHED), "icat.paper.year.invalid");
        assertRule(() -> IcatRules.checkPaper("ع", "t", 1999, PaperStatus.PUBLISHED), "icat.paper.year.invalid");
        assertRule(() -> IcatRules.checkPaper("ع", "t", 2012, null), "icat.paper.status.required");
    }

    static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key));
    }
}
