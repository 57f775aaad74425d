package org.tiptracker.search.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.search.SearchAudience;
import org.tiptracker.search.SearchKind;

/**
 * The one search over the index of V16, on the reference data: documents by every citation form,
 * participants by any name they have had (with near misses), Arabic spelling forgiven, measures
 * only to those who may read them, and the index written in the same transaction as the records.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final String WORD = "zqsearch" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100000);

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CycleService cycles;

    @Autowired
    MeasureReportService reports;

    long peru;
    long argentina;
    long cycleId;

    @BeforeAll
    void measureOfPeru() {
        peru = jdbc.queryForObject("select id from participant where iso3 = 'PER'", Long.class);
        argentina = jdbc.queryForObject("select id from participant where iso3 = 'ARG'", Long.class);
        cycleId = cycles.create("secretariat", new CycleCommand("دورة اختبار البحث الموحد " + WORD, "Search test " + WORD,
                "NV/search/" + WORD, "A/RES/70/179", LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1),
                LocalDate.of(2016, 4, 30), CycleStatus.OPEN, Set.of("PER"))).id();
        ReportSnapshot report = reports.open(SECRETARIAT, cycleId, peru);
        reports.saveDraft(SECRETARIAT, report.id(), report.version(), List.of(new Measure(MeasureHeading.PREVENTION,
                "AWARENESS_CAMPAIGN", "حملة توعية " + WORD, "حملة عن الاتجار بالأطفال في المدارس", LocalDate.of(2015, 7, 30),
                null, Set.of(TargetGroup.CHILDREN), Set.of(ExploitationForm.SEXUAL), Figures.NONE, null, null)));
    }

    @AfterAll
    void removeMeasures() {
        jdbc.update("delete from measure_report where cycle_id = ?", cycleId);
        jdbc.update("delete from reporting_cycle where id = ?", cycleId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A/RES/70/179", "a/res/70/179", "70/179", "١٧٩/٧٠", "قرارها ١٧٩/٧٠", "179/70"})
    void aResolutionIsFoundFirstByEveryCitationForm(String query) {
        SearchHit first = search.search(query, SearchKind.DOCUMENT, null, 0, SearchAudience.ANONYMOUS).hits().get(0);
        assertThat(first.key()).isEqualTo("A/RES/70/179");
        assertThat(first.exact()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E/RES/2006/27", "2006/27", "٢٧/٢٠٠٦"})
    void anEcosocResolutionToo(String query) {
        assertThat(search.search(query, null, null, 0, SearchAudience.ANONYMOUS).hitsOf(SearchKind.DOCUMENT).get(0).key())
                .isEqualTo("E/RES/2006/27");
    }

    @ParameterizedTest
    @ValueSource(strings = {"الأرجنتين", "الارجنتين", "ارجنتين", "Argentina", "argentina", "ARG", "الأرجنتن", "Argentna"})
    void aParticipantByItsNamesCodeAndNearMisses(String query) {
        SearchResults results = search.search(query, null, null, 0, SearchAudience.ANONYMOUS);
        assertThat(results.hitsOf(SearchKind.PARTICIPANT)).isNotEmpty();
        assertThat(results.hitsOf(SearchKind.PARTICIPANT).get(0).key()).isEqualTo("ARG");
    }

    @Test
    void aSharedSyllableIsNotANearMiss() {
        // رسوم shares a syllable with الكرسي الرسولي (the Holy See), not a name.
        assertThat(search.search("رسوم", SearchKind.PARTICIPANT, null, 0, SearchAudience.ANONYMOUS).hits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Swaziland", "سوازيلند", "Eswatini", "SWZ"})
    void aParticipantByAFormerName(String query) {
        assertThat(search.search(query, SearchKind.PARTICIPANT, null, 0, SearchAudience.ANONYMOUS).hits())
                .extracting(SearchHit::key).first().isEqualTo("SWZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"رسوم التوظيف", "رُسُوم التّوظيف", "رسـوم التوظيـف", "رسوم والتوظيف", "بالتوظيف رسوم"})
    void arabicSpellingIsForgiven(String query) {
        SearchResults results = search.search(query, SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS);
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.hits().get(0).passageAr()).contains("رسوم توظيف");
    }

    @Test
    void hamzaFormsTaMarbutaAndAlifMaqsuraAreForgiven() {
        int expected = search.search("الأطفال", null, null, 0, SearchAudience.ANONYMOUS).total();
        assertThat(expected).isPositive();
        assertThat(search.search("الاطفال", null, null, 0, SearchAudience.ANONYMOUS).total()).isEqualTo(expected);
        assertThat(search.search("إتجار", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total())
                .isEqualTo(search.search("اتجار", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total())
                .isPositive();
        assertThat(search.search("والتوظيف", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total())
                .isEqualTo(search.search("التوظيف", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total());
        assertThat(search.search("التوعيه", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total())
                .isEqualTo(search.search("التوعية", SearchKind.RECOMMENDATION, null, 0, SearchAudience.ANONYMOUS).total());
    }

    @Test
    void measuresOnlyToThoseWhoMayReadThem() {
        assertThat(search.search(WORD, null, null, 0, SearchAudience.STAFF).hitsOf(SearchKind.MEASURE)).hasSize(1);
        assertThat(search.search(WORD, null, null, 0, SearchAudience.focalPoint(peru)).hitsOf(SearchKind.MEASURE)).hasSize(1);
        assertThat(search.search(WORD, null, null, 0, SearchAudience.focalPoint(argentina)).hitsOf(SearchKind.MEASURE)).isEmpty();
        assertThat(search.search(WORD, null, null, 0, SearchAudience.ANONYMOUS).hitsOf(SearchKind.MEASURE)).isEmpty();
        SearchHit hit = search.search(WORD, SearchKind.MEASURE, null, 0, SearchAudience.STAFF).hits().get(0);
        assertThat(hit.parentId()).isNotNull();
        assertThat(hit.date()).isEqualTo(LocalDate.of(2015, 7, 30));
    }

    @Test
    void theIndexIsWrittenInTheRecordsTransactionAndRolledBackWithIt() {
        String theme = "موضوع تجريبي " + WORD + "ثيم";
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into world_day_theme (year, theme_ar, theme_en) values (2099, ?, 'Test theme')", theme);
            assertThat(search.search(WORD + "ثيم", SearchKind.THEME, null, 0, SearchAudience.ANONYMOUS).hits()).hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(search.search(WORD + "ثيم", SearchKind.THEME, null, 0, SearchAudience.ANONYMOUS).hits()).isEmpty();
        transactions.executeWithoutResult(status -> {
            jdbc.update("insert into world_day_theme (year, theme_ar, theme_en) values (2099, ?, 'Test theme')", theme);
            jdbc.update("update world_day_theme set theme_ar = 'موضوع معدل' where year = 2099");
            assertThat(search.search(WORD + "ثيم", SearchKind.THEME, null, 0, SearchAudience.ANONYMOUS).hits()).isEmpty();
            assertThat(search.search("Test theme", SearchKind.THEME, 2099, 0, SearchAudience.ANONYMOUS).hits()).hasSize(1);
            jdbc.update("delete from world_day_theme where year = 2099");
            assertThat(search.search("Test theme", SearchKind.THEME, 2099, 0, SearchAudience.ANONYMOUS).hits()).isEmpty();
        });
    }

    @Test
    void theFoldAgreesWithWhatUsersType() {
        assertThat(jdbc.queryForObject("select search_fold(?)", String.class, "الأطفال والنساء بالأشخاص للمرأة ـ مُكافحة ١٢٣"))
                .isEqualTo("اطفال نساء اشخاص مراه  مكافحه 123");
    }

    @Test
    void englishIsStemmedAndTheYearAndKindFilter() {
        SearchResults themes = search.search("protecting", SearchKind.THEME, null, 0, SearchAudience.ANONYMOUS);
        int all = search.search("trafficking", null, null, 0, SearchAudience.ANONYMOUS).total();
        assertThat(search.search("trafficking", null, 2016, 0, SearchAudience.ANONYMOUS).total()).isLessThanOrEqualTo(all);
        assertThat(themes.kind()).isEqualTo(SearchKind.THEME);
        assertThat(search.search("", null, null, 0, SearchAudience.STAFF).hits()).isEmpty();
    }

    @Test
    void anEnglishSearchFindsTheOfficialEnglishTitleStemmed() {
        SearchResults results = search.search("recruitment fees", SearchKind.ACTIVITY, null, 0, SearchAudience.ANONYMOUS);
        assertThat(results.hits()).isNotEmpty();
        assertThat(results.hits().get(0).titleEn()).startsWith("The Role of Recruitment Fees");
        assertThat(search.search("recruiting fee", SearchKind.ACTIVITY, null, 0, SearchAudience.ANONYMOUS).hits())
                .extracting(SearchHit::titleEn).contains(results.hits().get(0).titleEn());
        assertThat(search.search("UNODC", SearchKind.ACTIVITY, null, 0, SearchAudience.ANONYMOUS).total()).isGreaterThan(5);
    }

    @Test
    void reportDraftsOnlyForStaff() {
        assertThat(search.search("trafficking", SearchKind.REPORT, null, 0, SearchAudience.ANONYMOUS).hits()).isEmpty();
        assertThat(search.search("trafficking", SearchKind.REPORT, null, 0, SearchAudience.focalPoint(peru)).hits()).isEmpty();
    }
}
