package org.tiptracker.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.TargetGroup;

/**
 * The measures browser's search through the word index (migration V12) finds exactly what a plain
 * substring search of the normalized text finds, and pages with more than
 * {@link MeasureSearchService#COUNT_CAP} matches show the same rows, in the same order, as the exact
 * (ordered) export.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureSearchIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);

    /** Two words whose hashes (search_word_hash: the first 32 bits of their md5) are the same. */
    static final String WORD = "zq0065227";
    static final String SAME_HASH = "zq0150885";

    @Autowired
    MeasureSearchService search;

    @Autowired
    SyntheticMeasures synthetic;

    @Autowired
    MeasureReportService reports;

    @Autowired
    CycleService cycles;

    @Autowired
    JdbcTemplate jdbc;

    long reportId;

    @BeforeAll
    void data() {
        synthetic.generate(5000, 11);
        long cycleId = cycles.create("secretariat", new CycleCommand("دورة اختبار البحث " + UUID.randomUUID(), "Search test",
                "NV/search", "A/RES/70/179", LocalDate.of(2013, 12, 18), LocalDate.of(2016, 4, 1),
                LocalDate.of(2016, 4, 30), CycleStatus.OPEN, Set.of("PER"))).id();
        long peru = jdbc.queryForObject("select id from participant where iso3 = 'PER'", Long.class);
        ReportSnapshot report = reports.open(SECRETARIAT, cycleId, peru);
        reportId = reports.saveDraft(SECRETARIAT, report.id(), report.version(), List.of(
                measure("تدبير أول " + WORD, "نص يذكر الاتجار، بالأطفال. xw7"),
                measure("تدبير ثان " + SAME_HASH, "نص آخر عن العمل الجبري"))).id();
    }

    @AfterAll
    void removeSyntheticData() {
        synthetic.remove();
    }

    static Measure measure(String title, String description) {
        return new Measure(MeasureHeading.PREVENTION, "AWARENESS_CAMPAIGN", title, description, LocalDate.of(2014, 7, 30),
                null, Set.of(TargetGroup.CHILDREN), Set.of(ExploitationForm.SEXUAL), Figures.NONE, null, null);
    }

    static MeasureCriteria text(String text) {
        return new MeasureCriteria(null, null, null, null, null, null, null, null, text);
    }

    /** What a substring search of every word in search_text finds (the semantics the index must keep). */
    long substringCount(String text, String extraCondition) {
        List<String> words = MeasureSearchService.words(text);
        StringBuilder sql = new StringBuilder("select count(*) from measure m join measure_report r on r.id = m.report_id"
                + " join participant p on p.id = r.participant_id where " + extraCondition);
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and strpos(m.search_text, ?) > 0");
        }
        return jdbc.queryForObject(sql.toString(), Long.class, words.toArray());
    }

    @Test
    void theWordIndexFindsWhatASubstringSearchFinds() {
        List<String> queries = List.of("الاتجار", "الأطفال", "طفال", "تجا", "الاتجار بالأطفال", "الضحايا", "الطوب", "مكافحه",
                "القصّر", "ا", "ال", "عمل جبري", "الاتجار،", "بالأطفال.", "كلمةغيرموجودة", "الطوب كلمةغيرموجودة");
        for (String query : queries) {
            long expected = substringCount(query, "true");
            assertThat(search.count(SECRETARIAT, text(query), Integer.MAX_VALUE - 1)).as(query).isEqualTo(expected);
        }
        // with filters on the measure and on the report's participant
        MeasureCriteria filtered = new MeasureCriteria(null, MeasureHeading.PREVENTION, null, "Africa", null, null, null,
                null, "الاتجار بالأطفال");
        assertThat(search.count(SECRETARIAT, filtered, Integer.MAX_VALUE - 1))
                .isEqualTo(substringCount("الاتجار بالأطفال", "m.heading = 'PREVENTION' and p.region_en = 'Africa'"))
                .isPositive();
        // the data exercise the paths: a common word, one contained in several words, one in none
        assertThat(substringCount("الاتجار", "true")).isGreaterThan(MeasureSearchService.COUNT_CAP);
        assertThat(search.wordMatches("%" + MeasureSearchService.ascii("تجا") + "%").words()).isGreaterThan(1);
        assertThat(search.wordMatches("%" + MeasureSearchService.ascii("كلمةغيرموجودة") + "%").words()).isZero();
    }

    @Test
    void aQueryWordContainedInTooManyWordsIsSearchedWithTheExactCheck() {
        // the vocabulary keeps the words of deleted measures too: 600 of them contain "xw", one measure does
        jdbc.update("insert into measure_search_word (word) select 'xw' || n from generate_series(1, 600) n on conflict do nothing");
        assertThat(search.wordMatches("%xw%").words()).isGreaterThan(MeasureSearchService.MAX_EXPANSION);
        assertThat(search.count(SECRETARIAT, text("xw"), 100)).isEqualTo(substringCount("xw", "true")).isOne();
        assertThat(search.search(SECRETARIAT, text("XW7 الاتجار"), 1, Locale.ENGLISH).rows()).extracting(MeasureRow::title)
                .containsExactly("تدبير أول " + WORD);
    }

    @Test
    void aWordSharingItsHashWithAnotherIsNotTakenForIt() {
        assertThat(jdbc.queryForObject("select search_word_hash(?) = search_word_hash(?)", Boolean.class, WORD, SAME_HASH))
                .isTrue();
        assertThat(search.wordMatches("%" + WORD + "%").sharedHash()).isTrue();
        MeasurePage page = search.search(SECRETARIAT, text(WORD), 1, Locale.ENGLISH);
        assertThat(page.rows()).extracting(MeasureRow::title).containsExactly("تدبير أول " + WORD);
        assertThat(search.search(SECRETARIAT, text(SAME_HASH), 1, Locale.ENGLISH).rows()).extracting(MeasureRow::title)
                .containsExactly("تدبير ثان " + SAME_HASH);
    }

    @Test
    void wordsOfSavedAndEditedMeasuresAreFound() {
        String word = "yv" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        ReportSnapshot report = reports.get(SECRETARIAT, reportId);
        List<Measure> measures = new ArrayList<>(report.measures());
        measures.add(measure("تدبير ثالث", "نص جديد فيه " + word));
        ReportSnapshot saved = reports.saveDraft(SECRETARIAT, reportId, report.version(), measures);
        assertThat(jdbc.queryForObject("select count(*) from measure_search_word where word = ?", Long.class, word)).isOne();
        assertThat(search.count(SECRETARIAT, text(word.substring(1)), 100)).isOne();

        String edited = word + "x";
        measures.set(2, measure("تدبير ثالث", "نص معدّل فيه " + edited));
        reports.saveDraft(SECRETARIAT, reportId, saved.version(), measures);
        assertThat(search.search(SECRETARIAT, text(edited), 1, Locale.ENGLISH).rows()).extracting(MeasureRow::title)
                .containsExactly("تدبير ثالث");
        assertThat(search.count(SECRETARIAT, text("معدل"), 100)).isOne();
    }

    @Test
    void manyMatchesAreCappedAndPagedInTheExactOrder() {
        MeasureCriteria common = text("الاتجار");
        List<Long> exact = new ArrayList<>();
        search.export(SECRETARIAT, common, Locale.ENGLISH, 3 * MeasureSearchService.PAGE_SIZE + 1, row -> exact.add(row.id()));
        MeasurePage first = search.search(SECRETARIAT, common, 1, Locale.ENGLISH);
        assertThat(first.capped()).isTrue();
        assertThat(first.total()).isEqualTo(MeasureSearchService.COUNT_CAP);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.rows()).extracting(MeasureRow::id).containsExactlyElementsOf(exact.subList(0, 50));
        MeasurePage third = search.search(SECRETARIAT, common, 3, Locale.ENGLISH);
        assertThat(third.rows()).extracting(MeasureRow::id).containsExactlyElementsOf(exact.subList(100, 150));
        assertThat(third.firstRow()).isEqualTo(101);

        // far beyond the end: the last page, exact
        long all = substringCount("الاتجار", "true");
        MeasurePage last = search.search(SECRETARIAT, common, 100_000, Locale.ENGLISH);
        assertThat(last.page()).isEqualTo((int) ((all + 49) / 50));
        assertThat(last.hasNext()).isFalse();
        assertThat(last.lastRow()).isEqualTo(all);

        // fewer matches than the cap: counted exactly, every page known
        MeasurePage rare = search.search(SECRETARIAT, text("الطوب"), 1, Locale.ENGLISH);
        assertThat(rare.capped()).isFalse();
        assertThat(rare.total()).isEqualTo(substringCount("الطوب", "true")).isBetween(1L, (long) MeasureSearchService.COUNT_CAP);
        assertThat(rare.pageCount()).isEqualTo((int) ((rare.total() + 49) / 50));
    }

    @Test
    void theStoredHashesAreThoseOfTheWords() {
        assertThat(jdbc.queryForObject("select count(*) from measure where search_hashes <> search_word_hashes(search_text)",
                Long.class)).isZero();
        // every word of every measure is in the vocabulary
        assertThat(jdbc.queryForObject("select count(*) from (select distinct w from measure,"
                + " unnest(string_to_array(search_text, ' ')) w) x where not exists (select 1 from measure_search_word v"
                + " where v.word = x.w)", Long.class)).isZero();
        assertThat(ArabicSearch.normalize("الاتجار، بالأطفال.")).isEqualTo("اتجار، بالاطفال.");
    }
}
