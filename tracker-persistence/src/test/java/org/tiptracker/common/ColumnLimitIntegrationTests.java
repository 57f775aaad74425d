package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.report.draft.DraftRules;

/** Each limit the services check is the length of the column that stores the field. */
@SpringBootTest
class ColumnLimitIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLimitIsItsColumnsLength() {
        for (ColumnLimit limit : ColumnLimit.values()) {
            assertThat(length(limit.table(), limit.column())).as(limit.name()).isEqualTo(limit.max());
        }
    }

    private Integer length(String table, String column) {
        return jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and column_name = ?", Integer.class, table, column);
    }

    /** The limits the domain's own rules check (a report's mandate, a comment) are their columns' too. */
    @Test
    void theDomainsLimitsAreTheirColumnsLengths() {
        assertThat(length("report_draft", "symbol")).isEqualTo(DraftRules.MAX_SYMBOL);
        assertThat(length("report_draft", "agenda_footnote_symbol")).isEqualTo(DraftRules.MAX_SYMBOL);
        assertThat(length("report_draft", "agenda_title_ar")).isEqualTo(DraftRules.MAX_AGENDA_TITLE);
        assertThat(length("report_draft", "agenda_title_en")).isEqualTo(DraftRules.MAX_AGENDA_TITLE);
        assertThat(length("report_draft", "title_ar")).isEqualTo(DraftRules.MAX_TITLE);
        assertThat(length("report_draft", "title_en")).isEqualTo(DraftRules.MAX_TITLE);
        assertThat(length("report_draft", "requesting_paragraph")).isEqualTo(DraftRules.MAX_PARAGRAPH_NUMBER);
        assertThat(length("report_comment", "text")).isEqualTo(DraftRules.MAX_COMMENT);
    }

    @Test
    void textAtTheLimitFitsAndOneMoreIsRefusedOnItsField() {
        assertThat(ColumnLimit.DOCUMENT_SESSION.check("x".repeat(40))).hasSize(40);
        assertThatThrownBy(() -> ColumnLimit.DOCUMENT_SESSION.check("x".repeat(41)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.session.tooLong");
        assertThat(ColumnLimit.DOCUMENT_NUMBER.check(null)).isNull();
    }
}
