package org.tiptracker.workinggroup.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.workinggroup.RecommendationParagraph;

/**
 * The Working Group's reference data on PostgreSQL: the recommendations quoted in seed 002
 * para. 15–18 are loaded with their letters, once, and a meeting's recommendations print exactly
 * as the seed prints them.
 */
@SpringBootTest
class WorkingGroupReferenceDataTests {

    @Autowired
    WorkingGroupReferenceLoader loader;

    @Autowired
    WorkingGroupService service;

    @Autowired
    JdbcTemplate jdbc;

    /** Seed 002 para. 15–18 as printed (page breaks included), split by paragraph number. */
    static Map<Integer, String> seedParagraphs() throws IOException {
        String text;
        try (InputStream in = WorkingGroupReferenceDataTests.class.getResourceAsStream("/seeds/002_para_15-18.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^([١٢٣٤٥٦٧٨٩٠]+)- ").matcher(text);
        List<int[]> starts = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end(), Integer.parseInt(org.tiptracker.arabic.UnArabic.westernDigits(m.group(1)))});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            out.put(starts.get(i)[2], text.substring(starts.get(i)[1], end));
        }
        return out;
    }

    static String spaces(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    long meetingId(int number) {
        return jdbc.queryForObject("select id from wg_meeting where number = ?", Long.class, number);
    }

    @Test
    void theSeedsRecommendationsAreLoadedWithTheirLettersOnce() {
        assertThat(loader.load().total()).as("a second load adds nothing").isZero();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        jdbc.query("""
                select m.number, count(r.id) from wg_meeting m join wg_recommendation r on r.meeting_id = m.id
                 where r.created_by = 'reference-data' group by m.number order by m.number""",
                rs -> {
                    counts.put(rs.getInt(1), rs.getInt(2));
                });
        assertThat(counts).containsExactly(Map.entry(1, 4), Map.entry(5, 8), Map.entry(6, 6), Map.entry(8, 3));
        assertThat(jdbc.queryForList("select year from wg_meeting where number in (1, 5, 6, 8) order by number", Integer.class))
                .containsExactly(2009, 2013, 2015, 2018);
        List<String> letters2013 = service.recommendationsOf(meetingId(5)).stream()
                .map(WorkingGroupViews.Recommendation::letter).toList();
        assertThat(letters2013).containsExactly("(أ)", "(ب)", "(ج)", "(د)", "(هـ)", "(و)", "(ز)", "(ح)");
        assertThat(service.recommendationsOf(meetingId(6)).get(4).textAr())
                .startsWith("ينبغي للدول أيضاً أن تعمل على بناء القدرات");
        assertThat(jdbc.queryForObject("select count(*) from reference_row where row_key like 'wg-recommendation:%'",
                Integer.class)).isEqualTo(21);
        // the ninth meeting's questions for discussion (seed 002 para. 2)
        assertThat(service.questions(meetingId(9))).hasSize(16)
                .first().asString().startsWith("ما هي البحوث الوطنية");
    }

    @Test
    void printedRecommendationsEqualTheSeedsParagraphs() throws IOException {
        Map<Integer, String> seed = seedParagraphs();
        assertThat(seed).containsKeys(15, 16, 17, 18);
        Map<Integer, Integer> meetingOfParagraph = Map.of(15, 1, 16, 5, 17, 6, 18, 8);
        for (var entry : meetingOfParagraph.entrySet()) {
            List<RecommendationParagraph.Printed> printed = service.printed(meetingId(entry.getValue()));
            assertThat(printed).hasSize(1);
            assertThat(spaces(printed.get(0).text())).as("para. " + entry.getKey())
                    .isEqualTo(spaces(seed.get(entry.getKey())));
        }
        // 2013: the lead-in is composed, not recorded
        assertThat(jdbc.queryForObject("select lead_in_ar from wg_meeting where number = 5", String.class)).isNull();
    }
}
