package org.tiptracker.arabic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesParagraphTests {

    /**
     * Seed 001 para. 3, the Convention sentences, as printed except that the seed misspells
     * Tonga as "تونغنا"; the line break of the source is a space.
     */
    private static final String SEED_001_PARA_3_CONVENTION =
            "وخلال الفترة المشمولة بالتقرير، أصبحت سبع دول أطرافاً في اتفاقية الجريمة المنظمة، وهي: "
            + "سيراليون (١٢ آب/أغسطس ٢٠١٤)، إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)، تونغا (٣ تشرين الأول/أكتوبر ٢٠١٤)، "
            + "بربادوس (١١ تشرين الثاني/نوفمبر ٢٠١٤)، ساموا (١٧ كانون الأول/ديسمبر ٢٠١٤)، "
            + "دولة فلسطين (٢ كانون الثاني/يناير ٢٠١٥)، جمهورية كوريا (٥ تشرين الثاني/نوفمبر ٢٠١٥). "
            + "وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في الاتفاقية.";

    /** Seed 001 para. 3, the Protocol sentences, as printed. */
    private static final String SEED_001_PARA_3_PROTOCOL =
            "وخلال الفترة المشمولة بالتقرير، أصبحت ١٠ دول أطرافاً في بروتوكول الاتجار بالأشخاص: "
            + "سيراليون (١٢ آب/أغسطس ٢٠١٤)، أفغانستان (١٥ آب/أغسطس ٢٠١٤)، أنغولا (١٩ أيلول/سبتمبر ٢٠١٤)، "
            + "إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤)، بربادوس (١١ تشرين الثاني/نوفمبر ٢٠١٤)، "
            + "السودان (٢ كانون الأول/ديسمبر ٢٠١٤)، الجمهورية التشيكية (١٧ كانون الأول/ديسمبر ٢٠١٤)، "
            + "سري لانكا (١٥ حزيران/يونيه ٢٠١٥)، سنغافورة (٢٨ أيلول/سبتمبر ٢٠١٥)، "
            + "جمهورية كوريا (٥ تشرين الثاني/نوفمبر ٢٠١٥). "
            + "وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٦٩ دولة طرفاً في البروتوكول.";

    private static final String CONVENTION = "اتفاقية الجريمة المنظمة";
    private static final String PROTOCOL = "بروتوكول الاتجار بالأشخاص";
    private static final LocalDate AS_OF = LocalDate.of(2016, 5, 30);

    private static final List<NamedDate> CONVENTION_JOINED = List.of(
            new NamedDate("سيراليون", LocalDate.of(2014, 8, 12)),
            new NamedDate("إريتريا", LocalDate.of(2014, 9, 25)),
            new NamedDate("تونغا", LocalDate.of(2014, 10, 3)),
            new NamedDate("بربادوس", LocalDate.of(2014, 11, 11)),
            new NamedDate("ساموا", LocalDate.of(2014, 12, 17)),
            new NamedDate("دولة فلسطين", LocalDate.of(2015, 1, 2)),
            new NamedDate("جمهورية كوريا", LocalDate.of(2015, 11, 5)));

    private static final List<NamedDate> PROTOCOL_JOINED = List.of(
            new NamedDate("سيراليون", LocalDate.of(2014, 8, 12)),
            new NamedDate("أفغانستان", LocalDate.of(2014, 8, 15)),
            new NamedDate("أنغولا", LocalDate.of(2014, 9, 19)),
            new NamedDate("إريتريا", LocalDate.of(2014, 9, 25)),
            new NamedDate("بربادوس", LocalDate.of(2014, 11, 11)),
            new NamedDate("السودان", LocalDate.of(2014, 12, 2)),
            new NamedDate("الجمهورية التشيكية", LocalDate.of(2014, 12, 17)),
            new NamedDate("سري لانكا", LocalDate.of(2015, 6, 15)),
            new NamedDate("سنغافورة", LocalDate.of(2015, 9, 28)),
            new NamedDate("جمهورية كوريا", LocalDate.of(2015, 11, 5)));

    private final UnArabic ar = UnArabic.arabicIndic();

    @Test
    void reproducesTheConventionSentences() {
        assertThat(ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", CONVENTION_JOINED, AS_OF, 186))
                .isEqualTo(SEED_001_PARA_3_CONVENTION);
    }

    @Test
    void reproducesTheProtocolSentences() {
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", PROTOCOL_JOINED, AS_OF, 169, false))
                .isEqualTo(SEED_001_PARA_3_PROTOCOL);
    }

    @Test
    void reproducesTheWholeParagraphTail() {
        String paragraph = ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", CONVENTION_JOINED, AS_OF, 186, true)
                + " " + ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", PROTOCOL_JOINED, AS_OF, 169, false);
        assertThat(paragraph).isEqualTo(SEED_001_PARA_3_CONVENTION + " " + SEED_001_PARA_3_PROTOCOL);
    }

    @Test
    void noneOneTwoAndMany() {
        assertThat(ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", List.of(), AS_OF, 186))
                .isEqualTo("وخلال الفترة المشمولة بالتقرير، لم تصبح أي دولة طرفاً في اتفاقية الجريمة المنظمة. "
                        + "وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في الاتفاقية.");
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", PROTOCOL_JOINED.subList(0, 1), AS_OF, 1, false))
                .isEqualTo("وخلال الفترة المشمولة بالتقرير، أصبحت دولة واحدة طرفاً في بروتوكول الاتجار بالأشخاص: "
                        + "سيراليون (١٢ آب/أغسطس ٢٠١٤). وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك دولة واحدة طرفاً في البروتوكول.");
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", PROTOCOL_JOINED.subList(0, 2), AS_OF, 2, false))
                .isEqualTo("وخلال الفترة المشمولة بالتقرير، أصبحت دولتان طرفين في بروتوكول الاتجار بالأشخاص: "
                        + "سيراليون (١٢ آب/أغسطس ٢٠١٤)، أفغانستان (١٥ آب/أغسطس ٢٠١٤). "
                        + "وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك دولتان طرفين في البروتوكول.");
        List<NamedDate> twelve = new java.util.ArrayList<>(PROTOCOL_JOINED);
        twelve.addAll(PROTOCOL_JOINED.subList(0, 2));
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", twelve, AS_OF, 0, false))
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت ١٢ دولة طرفاً في بروتوكول الاتجار بالأشخاص: سيراليون")
                .endsWith("وحتى ٣٠ أيار/مايو ٢٠١٦، لم تكن هناك أي دولة طرفاً في البروتوكول.");
    }

    @Test
    void westernDigits() {
        // Seed 004 style: Western digits with the Arabic month names.
        assertThat(ChangesParagraph.compose(UnArabic.western(), PROTOCOL, "البروتوكول",
                PROTOCOL_JOINED.subList(0, 1), LocalDate.of(2020, 10, 16), 178, false))
                .isEqualTo("وخلال الفترة المشمولة بالتقرير، أصبحت دولة واحدة طرفاً في بروتوكول الاتجار بالأشخاص: "
                        + "سيراليون (12 آب/أغسطس 2014). وحتى 16 تشرين الأول/أكتوبر 2020، كانت هناك 178 دولة طرفاً في البروتوكول.");
    }

    @Test
    void english() {
        List<NamedDate> joined = List.of(
                new NamedDate("Sierra Leone", LocalDate.of(2014, 8, 12)),
                new NamedDate("Eritrea", LocalDate.of(2014, 9, 25)),
                new NamedDate("Tonga", LocalDate.of(2014, 10, 3)),
                new NamedDate("Barbados", LocalDate.of(2014, 11, 11)),
                new NamedDate("Samoa", LocalDate.of(2014, 12, 17)),
                new NamedDate("the State of Palestine", LocalDate.of(2015, 1, 2)),
                new NamedDate("the Republic of Korea", LocalDate.of(2015, 11, 5)));
        assertThat(ChangesParagraph.composeEnglish("Organized Crime Convention", "the Convention", joined, AS_OF, 186))
                .isEqualTo("During the reporting period, seven States became parties to the Organized Crime Convention: "
                        + "Sierra Leone (12 August 2014), Eritrea (25 September 2014), Tonga (3 October 2014), "
                        + "Barbados (11 November 2014), Samoa (17 December 2014), the State of Palestine (2 January 2015) "
                        + "and the Republic of Korea (5 November 2015). "
                        + "As at 30 May 2016, there were 186 States parties to the Convention.");
        assertThat(ChangesParagraph.composeEnglish("the Protocol", "Protocol", joined.subList(0, 1), AS_OF, 1))
                .isEqualTo("During the reporting period, one State became a party to the Protocol: Sierra Leone (12 August 2014). "
                        + "As at 30 May 2016, there was one State party to the Protocol.");
        assertThat(ChangesParagraph.composeEnglish("Protocol", "Protocol", List.of(), AS_OF, 0))
                .isEqualTo("During the reporting period, no State became a party to the Protocol. "
                        + "As at 30 May 2016, there were no States parties to the Protocol.");
    }

    private static final String FIREARMS = "بروتوكول الأسلحة النارية";
    private static final NamedDate GHANA = new NamedDate("غانا", LocalDate.of(2014, 1, 14));
    private static final NamedDate EU = NamedDate.organization("الاتحاد الأوروبي", LocalDate.of(2014, 3, 21));

    @Test
    void theEuropeanUnionIsNamedApartFromTheStatesCounted() {
        // Firearms Protocol, 18 December 2013 to 30 May 2016: Ghana and the European Union.
        assertThat(ChangesParagraph.compose(ar, FIREARMS, "البروتوكول", List.of(GHANA, EU), AS_OF, 111))
                .isEqualTo("وخلال الفترة المشمولة بالتقرير، أصبحت دولة واحدة والاتحاد الأوروبي طرفين في"
                        + " بروتوكول الأسلحة النارية، وهما: غانا (١٤ كانون الثاني/يناير ٢٠١٤)، الاتحاد الأوروبي"
                        + " (٢١ آذار/مارس ٢٠١٤). وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١١١ دولة طرفاً في البروتوكول.");
        // March 2014: the European Union alone.
        assertThat(ChangesParagraph.compose(ar, FIREARMS, "البروتوكول", List.of(EU), AS_OF, 111))
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبح الاتحاد الأوروبي طرفاً في بروتوكول الأسلحة النارية"
                        + " (٢١ آذار/مارس ٢٠١٤). ")
                .doesNotContain("دولة واحدة");
        // September 2006, Trafficking in Persons Protocol: three States and the Union are four parties.
        List<NamedDate> september2006 = List.of(
                new NamedDate("جورجيا", LocalDate.of(2006, 9, 5)),
                NamedDate.organization("الاتحاد الأوروبي", LocalDate.of(2006, 9, 6)),
                new NamedDate("فنلندا", LocalDate.of(2006, 9, 7)),
                new NamedDate("موزامبيق", LocalDate.of(2006, 9, 20)));
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", september2006, AS_OF, 169))
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت ثلاث دول والاتحاد الأوروبي أطرافاً في"
                        + " بروتوكول الاتجار بالأشخاص، وهي: جورجيا (٥ أيلول/سبتمبر ٢٠٠٦)، الاتحاد الأوروبي"
                        + " (٦ أيلول/سبتمبر ٢٠٠٦)، فنلندا (٧ أيلول/سبتمبر ٢٠٠٦)، موزامبيق (٢٠ أيلول/سبتمبر ٢٠٠٦).");
        // Two States and the Union: three, the plural pronoun; without the naming clause a bare colon.
        assertThat(ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", september2006.subList(0, 3), AS_OF, 169, false))
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت دولتان والاتحاد الأوروبي أطرافاً في"
                        + " بروتوكول الاتجار بالأشخاص: جورجيا");
    }

    @Test
    void twoNamedTakeTheDualPronoun() {
        assertThat(ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", CONVENTION_JOINED.subList(0, 2), AS_OF, 186))
                .startsWith("وخلال الفترة المشمولة بالتقرير، أصبحت دولتان طرفين في اتفاقية الجريمة المنظمة، وهما: "
                        + "سيراليون (١٢ آب/أغسطس ٢٠١٤)، إريتريا (٢٥ أيلول/سبتمبر ٢٠١٤).");
        assertThat(ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", CONVENTION_JOINED.subList(0, 3), AS_OF, 186))
                .contains("، وهي: سيراليون");
    }

    @Test
    void theEnumerationAfterTheColonIsSeparatedByTheCommaAlone() {
        String sentence = ChangesParagraph.compose(ar, CONVENTION, "الاتفاقية", CONVENTION_JOINED, AS_OF, 186);
        String list = sentence.substring(sentence.indexOf("وهي: ") + 5, sentence.indexOf(". "));
        assertThat(list.split("، ")).hasSize(7);
        assertThat(list).doesNotContain(" و");
    }

    @Test
    void eachSentenceSaysHowItCountsTheParties() {
        assertThat(ChangesParagraph.Sentence.BECAME_PARTIES.counting())
                .isEqualTo(PartyCounting.STATES_AND_ORGANIZATIONS_APART);
        assertThat(ChangesParagraph.Sentence.PARTIES_AS_OF.counting()).isEqualTo(PartyCounting.ALL_AS_STATES_PARTIES);
        // The total keeps seed 001's form: 186 parties, the European Union among them, are "١٨٦ دولة طرفاً".
        assertThat(ChangesParagraph.compose(ar, FIREARMS, "البروتوكول", List.of(EU), AS_OF, 186))
                .endsWith("وحتى ٣٠ أيار/مايو ٢٠١٦، كانت هناك ١٨٦ دولة طرفاً في البروتوكول.");
    }

    @Test
    void englishNamesTheEuropeanUnionApartToo() {
        List<NamedDate> joined = List.of(new NamedDate("Ghana", LocalDate.of(2014, 1, 14)),
                NamedDate.organization("European Union", LocalDate.of(2014, 3, 21)));
        assertThat(ChangesParagraph.composeEnglish("Firearms Protocol", "the Protocol", joined, AS_OF, 111))
                .isEqualTo("During the reporting period, one State and the European Union became parties to the"
                        + " Firearms Protocol: Ghana (14 January 2014) and the European Union (21 March 2014)."
                        + " As at 30 May 2016, there were 111 States parties to the Protocol.");
        assertThat(ChangesParagraph.composeEnglish("Firearms Protocol", "the Protocol", joined.subList(1, 2), AS_OF, 111))
                .startsWith("During the reporting period, the European Union became a party to the Firearms Protocol"
                        + " (21 March 2014).")
                .doesNotContain("one State");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> ChangesParagraph.compose(ar, PROTOCOL, "البروتوكول", List.of(), AS_OF, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
