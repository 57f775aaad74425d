package org.tiptracker.report.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportFacts.Agency;
import org.tiptracker.report.ReportFacts.AwarenessFact;
import org.tiptracker.report.ReportFacts.IcatChair;
import org.tiptracker.report.ReportFacts.IcatFact;
import org.tiptracker.report.ReportFacts.Theme;
import org.tiptracker.report.ReportMandate;

/** Rules of single chapters that the seed's facts do not reach. */
class ChapterRulesTests {

    private static ReportMandate mandate(LocalDate from, LocalDate to) {
        return new ReportMandate("A/74/100", 74, 110, "A/74/50", null, null, "عنوان", "Title", "A/RES/72/195", null, null,
                LocalDate.of(2019, 7, 1), from, to, to, null, "en", DigitStyle.ARABIC_INDIC);
    }

    private static ReportFacts facts(ReportMandate mandate, IcatFact icat, AwarenessFact awareness) {
        return new ReportFacts(mandate, null, null, null, null, null, null, icat, null, awareness, null);
    }

    @Test
    void aMasculineChairTakesAMasculineVerbAndAPeriodStartingInJanuaryCountsItsYear() {
        Agency unodc = new Agency("UNODC", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "United Nations Office on Drugs and Crime");
        Agency ilo = new Agency("ILO", "منظمة العمل الدولية", "International Labour Organization");
        IcatFact icat = new IcatFact(List.of(new IcatChair(2018, ilo), new IcatChair(2017, unodc), new IcatChair(2020, ilo)),
                List.of(), List.of(), List.of());
        List<ComposedBlock> blocks = Chapter.ICAT.compose(facts(mandate(LocalDate.of(2017, 1, 15), LocalDate.of(2019, 5, 30)),
                icat, null));
        ComposedBlock chairs = blocks.stream().filter(b -> b.key().equals("IV.chairs")).findFirst().orElseThrow();
        assertThat(chairs.textAr()).isEqualTo("وخلال الفترة المشمولة بالتقرير، تولى مكتب الأمم المتحدة المعني بالمخدرات"
                + " والجريمة رئاسة الفريق في عام ٢٠١٧، ثم انتقلت تلك الرئاسة إلى منظمة العمل الدولية في عام ٢٠١٨.");
        assertThat(chairs.textEn()).isEqualTo("During the reporting period, ICAT was chaired by the United Nations Office on"
                + " Drugs and Crime in 2017, followed by the International Labour Organization in 2018.");
        assertThat(blocks.get(0).role()).isEqualTo(BlockRole.CHAPTER_HEADING);
    }

    @Test
    void laterChairsAreAShortListInRunningTextJoinedByAndAsInSeedParagraph64() {
        Agency unodc = new Agency("UNODC", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "United Nations Office on Drugs and Crime");
        Agency ilo = new Agency("ILO", "منظمة العمل الدولية", "International Labour Organization");
        Agency iom = new Agency("IOM", "المنظمة الدولية للهجرة", "International Organization for Migration");
        Agency unhcr = new Agency("UNHCR", "مفوضية الأمم المتحدة لشؤون اللاجئين", "Office of the United Nations High Commissioner for Refugees");
        IcatFact icat = new IcatFact(List.of(new IcatChair(2016, unodc), new IcatChair(2017, ilo), new IcatChair(2018, iom),
                new IcatChair(2019, unhcr)), List.of(), List.of(), List.of());
        List<ComposedBlock> blocks = Chapter.ICAT.compose(facts(mandate(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 5, 30)),
                icat, null));
        ComposedBlock chairs = blocks.stream().filter(b -> b.key().equals("IV.chairs")).findFirst().orElseThrow();
        assertThat(chairs.textAr()).endsWith("، ثم انتقلت تلك الرئاسة إلى منظمة العمل الدولية في عام ٢٠١٧"
                + " والمنظمة الدولية للهجرة في عام ٢٠١٨ ومفوضية الأمم المتحدة لشؤون اللاجئين في عام ٢٠١٩.");
    }

    @Test
    void theReportsFirearmsSentenceNamesTheEuropeanUnionApart() {
        ReportFacts.TreatyFact firearms = new ReportFacts.TreatyFact("FIREARMS", "بروتوكول الأسلحة النارية", "البروتوكول",
                "Firearms Protocol", "the Protocol", List.of(
                        new ReportFacts.JoinedState("GHA", "غانا", "Ghana", LocalDate.of(2014, 1, 14), "a"),
                        new ReportFacts.JoinedState("EUU", "الاتحاد الأوروبي", "European Union", LocalDate.of(2014, 3, 21),
                                "AA", true)), 111);
        ReportFacts facts = new ReportFacts(mandate(LocalDate.of(2013, 12, 18), LocalDate.of(2016, 5, 30)), null, null,
                List.of(firearms), null, null, null, null, null, null, null);
        ComposedBlock parties = Chapter.RATIFICATION.compose(facts).stream().filter(b -> b.key().equals("II.parties"))
                .findFirst().orElseThrow();
        assertThat(parties.textAr()).contains("أصبحت دولة واحدة والاتحاد الأوروبي طرفين في بروتوكول الأسلحة النارية،"
                + " وهما: غانا (١٤ كانون الثاني/يناير ٢٠١٤)، الاتحاد الأوروبي (٢١ آذار/مارس ٢٠١٤).")
                .doesNotContain("دولتان");
        assertThat(parties.textEn()).contains("one State and the European Union became parties to the Firearms Protocol");
    }

    @Test
    void theChairOfTheBoardTakesTheVerbOfTheirGender() {
        LocalDate end = LocalDate.of(2019, 12, 31);
        ReportFacts.Trustee woman = new ReportFacts.Trustee("بنيتا فييرو-فالدنر", "Benita Ferrero-Waldner", "النمسا",
                "Austria", true, null, end, org.tiptracker.trustfund.Gender.FEMALE);
        ReportFacts.Trustee man = new ReportFacts.Trustee("سايسوري شوتيكول", "Saisuree Chutikul", "تايلند", "Thailand",
                true, null, end, org.tiptracker.trustfund.Gender.MALE);
        ReportFacts.Trustee unknown = new ReportFacts.Trustee("فيرنا لوك فيرو", null, "بنما", "Panama", true, null, end);
        assertThat(TrustFundChapter.board(context(), List.of(woman)).textAr()).startsWith("وترأس بنيتا فييرو-فالدنر (النمسا)"
                + " المجلس حالياً.");
        assertThat(TrustFundChapter.board(context(), List.of(man)).textAr()).startsWith("ويرأس سايسوري شوتيكول (تايلند)"
                + " المجلس حالياً.");
        assertThat(TrustFundChapter.board(context(), List.of(unknown)).textAr()).startsWith("ويرأس فيرنا لوك فيرو (بنما)");
        assertThat(org.tiptracker.trustfund.Gender.chairTitleAr(org.tiptracker.trustfund.Gender.FEMALE)).isEqualTo("الرئيسة");
        assertThat(org.tiptracker.trustfund.Gender.chairTitleAr(null)).isEqualTo("الرئيس");
    }

    private static Context context() {
        return new Context(facts(mandate(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 5, 30)), null, null));
    }

    @Test
    void theWorldDayThemesOfThePeriodInYearOrder() {
        AwarenessFact awareness = new AwarenessFact(List.of(
                new Theme(3, 2019, "ضرورة تعزيز الإجراءات الوطنية", null),
                new Theme(1, 2017, "التعرّض لخطر الاتجار", "Vulnerability to trafficking"),
                new Theme(2, 2018, "الاتجار بالأطفال والشباب", "Trafficking in children and young people")), List.of(), null);
        List<ComposedBlock> blocks = Chapter.AWARENESS.compose(facts(mandate(LocalDate.of(2017, 1, 1),
                LocalDate.of(2019, 5, 30)), null, awareness));
        ComposedBlock themes = blocks.stream().filter(b -> b.key().equals("VII.themes")).findFirst().orElseThrow();
        assertThat(themes.textAr()).isEqualTo("وفي عام ٢٠١٧، ركّز موضوع اليوم العالمي على التعرّض لخطر الاتجار؛ وركز في"
                + " عام ٢٠١٨، على الاتجار بالأطفال والشباب؛ وركز في عام ٢٠١٩، على ضرورة تعزيز الإجراءات الوطنية.");
        assertThat(themes.textEn()).startsWith("In 2017, the theme of the World Day was \"Vulnerability to trafficking\";")
                .endsWith("; in 2019, the theme of the World Day, whose English title is not recorded, was in Arabic \""
                        + "\u2067ضرورة تعزيز الإجراءات الوطنية\u2069\".");
        assertThat(themes.data().rows()).extracting(r -> r.get(0)).containsExactly("2017", "2018", "2019");
        assertThat(blocks).extracting(ComposedBlock::key).doesNotContain("VII.blueHeart").contains("VII.narrative");
    }

    @Test
    void ordinals() {
        assertThat(Ordinals.feminineGenitive(71)).isEqualTo("الحادية والسبعين");
        assertThat(Ordinals.feminineNominative(71)).isEqualTo("الحادية والسبعون");
        assertThat(Ordinals.feminineGenitive(2)).isEqualTo("الثانية");
        assertThat(Ordinals.feminineGenitive(12)).isEqualTo("الثانية عشرة");
        assertThat(Ordinals.feminineGenitive(70)).isEqualTo("السبعين");
        assertThat(Ordinals.english(71)).isEqualTo("seventy-first");
        assertThat(Ordinals.english(70)).isEqualTo("seventieth");
        assertThat(Ordinals.english(12)).isEqualTo("twelfth");
    }

    @Test
    void aRequestingParagraphWithALetterIsPrintedWithItsArabicLetter() {
        ReportMandate m = new ReportMandate("A/74/100", 74, 110, "A/74/50", null, null, "عنوان", "Title", "A/RES/72/195",
                "3 (b)", null, LocalDate.of(2019, 7, 1), LocalDate.of(2017, 1, 1), LocalDate.of(2019, 5, 30),
                LocalDate.of(2019, 5, 30), null, "en", DigitStyle.ARABIC_INDIC);
        ComposedBlock mandate = Chapter.MANDATE.compose(new ReportFacts(m, null, null, null, null, null, null, null, null,
                null, null)).get(1);
        assertThat(mandate.key()).isEqualTo("I.mandate");
        assertThat(mandate.textAr()).isEqualTo("اعتمدت الجمعية العامة القرار ١٩٥/٧٢. وفي الفقرة ٣ (ب) من ذلك القرار،"
                + " طلبت الجمعية العامة إلى الأمين العام أن يقدم إليها تقريراً عن تنفيذه.");
    }
}
