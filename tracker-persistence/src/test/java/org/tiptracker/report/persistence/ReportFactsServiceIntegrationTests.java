package org.tiptracker.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.arabic.DigitStyle;
import org.tiptracker.common.Actor;
import org.tiptracker.document.persistence.DocumentService;
import org.tiptracker.document.persistence.ParagraphCommand;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportComposer;
import org.tiptracker.report.ReportFacts.ActivityFact;
import org.tiptracker.report.ReportFacts.DocumentFact;
import org.tiptracker.report.ReportFacts.JoinedState;
import org.tiptracker.report.ReportFacts.MeasureFact;
import org.tiptracker.report.ReportFacts.RecommendationFact;
import org.tiptracker.report.ReportFacts.StateName;
import org.tiptracker.report.ReportFacts.TreatyFact;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportMandate;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;

/**
 * The facts of the 2016 report (period 18 December 2013 – 1 April 2016, cut-off 30 May 2016) read
 * from the reference data on PostgreSQL: parties and new parties of the Convention and the
 * Protocol, the resolutions, the cycle's accepted reports and measures, and the other chapters' rows.
 */
@SpringBootTest
class ReportFactsServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final LocalDate PERIOD_FROM = LocalDate.of(2013, 12, 18);
    static final LocalDate PERIOD_TO = LocalDate.of(2016, 4, 1);
    static final LocalDate CUT_OFF = LocalDate.of(2016, 5, 30);

    @Autowired
    ReportFactsService service;

    @Autowired
    DocumentService documents;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    Long addedParagraph;

    @AfterEach
    void removeAddedParagraph() {
        if (addedParagraph != null) {
            jdbc.update("delete from un_document_paragraph where id = ?", addedParagraph);
        }
    }

    static ReportMandate mandate(LocalDate from, LocalDate to, LocalDate cutOff, Long cycleId) {
        return new ReportMandate("A/71/170", 71, 105, "A/71/50", null, "Crime prevention and criminal justice",
                "تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص",
                "Improving the coordination of efforts against trafficking in persons", "A/RES/70/179", "22",
                "A/RES/68/192", LocalDate.of(2016, 7, 1), from, to, cutOff, cycleId, "en", DigitStyle.ARABIC_INDIC);
    }

    static ReportFacts.TreatyFact treaty(ReportFacts facts, String code) {
        return facts.treaties().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theConventionAndTheProtocolAsOfTheCutOff() {
        ReportFacts facts = service.gather(mandate(PERIOD_FROM, PERIOD_TO, CUT_OFF, null));

        assertThat(facts.treaties()).extracting(TreatyFact::code).containsExactly("UNTOC", "TIP");
        TreatyFact untoc = treaty(facts, "UNTOC");
        TreatyFact tip = treaty(facts, "TIP");
        assertThat(untoc.partiesAtCutOff()).isEqualTo(186);
        assertThat(tip.partiesAtCutOff()).isEqualTo(169);
        assertThat(untoc.shortNameEn()).isEqualTo("Organized Crime Convention");
        assertThat(tip.backReferenceAr()).isEqualTo("البروتوكول");

        assertThat(untoc.joined()).extracting(JoinedState::iso3, JoinedState::nameEn, JoinedState::date, JoinedState::marker)
                .containsExactly(
                        tuple("SLE", "Sierra Leone", LocalDate.of(2014, 8, 12), ""),
                        tuple("ERI", "Eritrea", LocalDate.of(2014, 9, 25), "a"),
                        tuple("TON", "Tonga", LocalDate.of(2014, 10, 3), "a"),
                        tuple("BRB", "Barbados", LocalDate.of(2014, 11, 11), ""),
                        tuple("WSM", "Samoa", LocalDate.of(2014, 12, 17), "a"),
                        tuple("PSE", "State of Palestine", LocalDate.of(2015, 1, 2), "a"),
                        tuple("KOR", "Republic of Korea", LocalDate.of(2015, 11, 5), ""));
        // Czechia is named as on the cut-off date: its short name changed in July 2016.
        assertThat(tip.joined()).extracting(JoinedState::iso3, JoinedState::nameAr, JoinedState::nameEn, JoinedState::date)
                .containsExactly(
                        tuple("SLE", "سيراليون", "Sierra Leone", LocalDate.of(2014, 8, 12)),
                        tuple("AFG", "أفغانستان", "Afghanistan", LocalDate.of(2014, 8, 15)),
                        tuple("AGO", "أنغولا", "Angola", LocalDate.of(2014, 9, 19)),
                        tuple("ERI", "إريتريا", "Eritrea", LocalDate.of(2014, 9, 25)),
                        tuple("BRB", "بربادوس", "Barbados", LocalDate.of(2014, 11, 11)),
                        tuple("SDN", "السودان", "Sudan", LocalDate.of(2014, 12, 2)),
                        tuple("CZE", "الجمهورية التشيكية", "Czech Republic", LocalDate.of(2014, 12, 17)),
                        tuple("LKA", "سري لانكا", "Sri Lanka", LocalDate.of(2015, 6, 15)),
                        tuple("SGP", "سنغافورة", "Singapore", LocalDate.of(2015, 9, 28)),
                        tuple("KOR", "جمهورية كوريا", "Republic of Korea", LocalDate.of(2015, 11, 5)));

        // An earlier cut-off: fewer parties, only the states that had joined by then.
        ReportFacts earlier = service.gather(mandate(PERIOD_FROM, LocalDate.of(2014, 9, 1), LocalDate.of(2014, 9, 1), null));
        assertThat(treaty(earlier, "TIP").joined()).extracting(JoinedState::iso3).containsExactly("SLE", "AFG");
        assertThat(treaty(earlier, "TIP").partiesAtCutOff()).isEqualTo(169 - 8);
        assertThat(treaty(earlier, "UNTOC").partiesAtCutOff()).isEqualTo(186 - 6);
        // After July 2016 the Czech Republic is named Czechia.
        ReportFacts later = service.gather(mandate(PERIOD_FROM, PERIOD_TO, LocalDate.of(2016, 8, 1), null));
        assertThat(treaty(later, "TIP").joined()).filteredOn(j -> j.iso3().equals("CZE"))
                .extracting(JoinedState::nameEn).containsExactly("Czechia");
    }

    @Test
    void theResolutionsAreFoundBySymbolWithTheirParagraphsAndNoCycleGivesNoMeasures() {
        long resolution = documents.findBySymbol("A/RES/70/179").orElseThrow().id();
        boolean has22 = documents.paragraphs(resolution).stream().anyMatch(p -> p.number().equals("22"));
        if (!has22) {
            addedParagraph = documents.addParagraph(SECRETARIAT, resolution, new ParagraphCommand("22", 22, true,
                    "تطلب إلى الأمين العام أن يقدم إليها في دورتها الحادية والسبعين تقريراً عن تنفيذ هذا القرار؛",
                    "Requests the Secretary-General to report to it at its seventy-first session on the implementation"
                            + " of the present resolution.")).id();
        }

        ReportFacts facts = service.gather(mandate(PERIOD_FROM, PERIOD_TO, CUT_OFF, null));

        assertThat(facts.resolutions()).extracting(DocumentFact::symbol).containsExactly("A/RES/70/179", "A/RES/68/192");
        DocumentFact requesting = facts.resolutions().get(0);
        assertThat(requesting.id()).isEqualTo(resolution);
        assertThat(requesting.date()).isEqualTo(LocalDate.of(2015, 12, 17));
        assertThat(requesting.titleEn()).isEqualTo("Improving the coordination of efforts against trafficking in persons");
        assertThat(requesting.paragraphs()).filteredOn(p -> p.number().equals("22")).singleElement()
                .satisfies(p -> assertThat(p.textEn()).startsWith("Requests the Secretary-General to report"));
        assertThat(facts.resolutions().get(1).date()).isEqualTo(LocalDate.of(2013, 12, 18));

        assertThat(facts.cycle()).isNull();
        assertThat(facts.measures()).isEmpty();
    }

    @Test
    void theCycleCountsOnlyReportsAcceptedByTheCutOff() {
        long peru = participant("PER");
        long chile = participant("CHL");
        long cycleId = cycles.create("secretariat", new CycleCommand("دورة الإبلاغ " + UUID.randomUUID(), "Reporting cycle",
                "CU 2016/12/DTA/HTMSS", "A/RES/70/179", PERIOD_FROM, PERIOD_TO, LocalDate.of(2016, 3, 31),
                CycleStatus.OPEN, Set.of("PER", "CHL", "ARG"))).id();
        long recommendation = jdbc.queryForObject("select r.id from wg_recommendation r join wg_meeting m"
                + " on m.id = r.meeting_id where m.number = 6 and r.position = 2", Long.class);

        ReportSnapshot peruReport = accepted(cycleId, peru, List.of(
                measure(MeasureHeading.LEGISLATION, "LAW_ADOPTED", "قانون مكافحة الاتجار", recommendation),
                measure(MeasureHeading.PREVENTION, "AWARENESS_CAMPAIGN", "حملة القلب الأزرق", null)));
        accepted(cycleId, chile, List.of(measure(MeasureHeading.PROTECTION, "SHELTER_SERVICES", "مأوى", null)));
        // Peru's report was accepted before the cut-off; Chile's (today) after it; Argentina never answered.
        jdbc.update("update measure_report set decided_at = ? where id = ?",
                Timestamp.valueOf(LocalDateTime.of(2016, 5, 2, 10, 0)), peruReport.id());

        ReportFacts facts = service.gather(mandate(PERIOD_FROM, PERIOD_TO, CUT_OFF, cycleId));

        assertThat(facts.cycle().id()).isEqualTo(cycleId);
        assertThat(facts.cycle().noteReference()).isEqualTo("CU 2016/12/DTA/HTMSS");
        assertThat(facts.cycle().resolution()).isEqualTo("A/RES/70/179");
        assertThat(facts.cycle().deadline()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(facts.cycle().asked()).isEqualTo(3);
        assertThat(facts.cycle().answered()).extracting(StateName::iso3, StateName::nameAr, StateName::nameEn)
                .containsExactly(tuple("PER", "بيرو", "Peru"));
        assertThat(facts.measures()).extracting(MeasureFact::title, MeasureFact::heading, MeasureFact::typeNameEn,
                        MeasureFact::iso3, MeasureFact::reportId)
                .containsExactlyInAnyOrder(
                        tuple("قانون مكافحة الاتجار", MeasureHeading.LEGISLATION, "Law adopted or amended", "PER", peruReport.id()),
                        tuple("حملة القلب الأزرق", MeasureHeading.PREVENTION, "Awareness campaign", "PER", peruReport.id()));
        assertThat(facts.measures()).filteredOn(m -> m.recommendationId() != null).singleElement()
                .satisfies(m -> {
                    assertThat(m.recommendationId()).isEqualTo(recommendation);
                    assertThat(m.recommendationLabelAr()).isEqualTo("٢٠١٥ (ب)");
                    assertThat(m.recommendationLabelEn()).isEqualTo("2015 (b)");
                });

        // With a later cut-off Chile's report counts too.
        ReportFacts later = service.gather(mandate(PERIOD_FROM, PERIOD_TO, LocalDate.now().plusDays(1), cycleId));
        assertThat(later.cycle().answered()).extracting(StateName::iso3).containsExactlyInAnyOrder("PER", "CHL");
        assertThat(later.measures()).hasSize(3);
    }

    @Test
    void theOtherChaptersRowsAsOfTheCutOff() {
        ReportFacts facts = service.gather(mandate(PERIOD_FROM, PERIOD_TO, CUT_OFF, null));

        // The 2016 edition was announced for late 2016: the 2014 one is the latest published by May 2016.
        assertThat(facts.globalReport().year()).isEqualTo(2014);
        assertThat(facts.globalReport().published()).hasToString("2014-11");
        assertThat(facts.globalReport().countriesCovered()).isEqualTo(128);
        assertThat(service.gather(mandate(PERIOD_FROM, PERIOD_TO, LocalDate.of(2017, 1, 1), null)).globalReport().year())
                .isEqualTo(2016);

        // Working Group: the sixth meeting (2015) is the only one in the period; the fifth (2013) is before it.
        assertThat(facts.recommendations()).extracting(RecommendationFact::meetingNumber).containsOnly(6);
        assertThat(facts.recommendations()).extracting(RecommendationFact::letterAr, RecommendationFact::letterEn)
                .startsWith(tuple("أ", "a"), tuple("ب", "b"));

        assertThat(facts.icat().chairs()).extracting(c -> c.year() + " " + c.agency().acronym())
                .containsExactly("2014 IOM", "2015 UNHCR", "2016 UNODC");
        assertThat(facts.icat().workingGroup()).extracting(ReportFacts.Agency::acronym)
                .containsExactlyInAnyOrder("ILO", "IOM", "OHCHR", "UNHCR", "UNICEF", "UNODC");
        assertThat(facts.icat().members()).extracting(ReportFacts.Agency::acronym).contains("UNODC", "ILO");

        assertThat(facts.trustFund().figures()).isNotNull();
        assertThat(facts.trustFund().board()).extracting(ReportFacts.Trustee::nameEn, ReportFacts.Trustee::countryNameEn,
                ReportFacts.Trustee::chair).contains(tuple("Benita Ferrero-Waldner", "Austria", true),
                tuple("Saisuree Chutikul", "Thailand", false));
        assertThat(service.gather(mandate(PERIOD_FROM, PERIOD_TO, LocalDate.of(2017, 1, 1), null)).trustFund().board())
                .as("the Board's terms ended in 2016").isEmpty();

        // Blue Heart: Peru (2014) had adopted by the cut-off, Colombia is only known to have by July 2016.
        assertThat(facts.awareness().blueHeart()).extracting(ReportFacts.BlueHeartCountry::iso3).containsExactly("PER");
        assertThat(facts.awareness().reportedBlueHeartCount()).isEqualTo(12L);
        assertThat(facts.awareness().themes()).isEmpty();
        assertThat(service.gather(mandate(LocalDate.of(2016, 8, 1), LocalDate.of(2018, 4, 1), LocalDate.of(2018, 5, 30), null))
                .awareness().themes()).extracting(ReportFacts.Theme::year).containsExactly(2017, 2018);

        assertThat(facts.activities()).extracting(ActivityFact::titleAr)
                .contains("دورات لجنة منع الجريمة والعدالة الجنائية الثالثة والعشرين والرابعة والعشرين والخامسة والعشرين");
        assertThat(facts.activities()).as("activities after the period are left out")
                .noneMatch(a -> a.start() != null && a.start().isAfter(PERIOD_TO));
        assertThat(facts.activities()).filteredOn(a -> a.countries().size() == 5).singleElement()
                .satisfies(a -> {
                    assertThat(a.agencyAcronym()).isEqualTo("OHCHR");
                    assertThat(a.agencyOrder()).isEqualTo(20);
                    assertThat(a.countries()).extracting(StateName::nameEn).contains("Republic of Korea", "Cambodia");
                });
        assertThat(jdbc.queryForObject("select count(*) from agency_activity where start_date > ?", Integer.class, PERIOD_TO))
                .as("the reference rows have activities after the period").isPositive();
    }

    @Test
    void theComposerDraftsTheReportFromTheGatheredFacts() {
        ReportFacts facts = service.gather(mandate(PERIOD_FROM, PERIOD_TO, CUT_OFF, null));

        List<ComposedBlock> blocks = ReportComposer.compose(facts);

        assertThat(blocks).isNotEmpty();
        assertThat(blocks).extracting(ComposedBlock::textEn).anyMatch(t -> t != null && t.contains("186"));
    }

    private long participant(String iso3) {
        return jdbc.queryForObject("select id from participant where iso3 = ?", Long.class, iso3);
    }

    private ReportSnapshot accepted(long cycleId, long participantId, List<Measure> measures) {
        Actor focal = new Actor("focal." + participantId + "." + cycleId, "FOCAL_POINT", participantId);
        ReportSnapshot opened = reports.open(focal, cycleId, participantId);
        ReportSnapshot submitted = reports.submit(focal, opened.id(), opened.version(), measures).report();
        return reports.accept(SECRETARIAT, submitted.id(), submitted.version());
    }

    private static Measure measure(MeasureHeading heading, String type, String title, Long recommendationId) {
        return new Measure(heading, type, title, "وصف التدبير", LocalDate.of(2015, 3, 1), null, Set.of(), Set.of(),
                new Figures(null, null, null, null, null, null), null, null, recommendationId);
    }
}
