package org.tiptracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each limit the services check is the length of the column that stores the field. */
@SpringBootTest
class ColumnLimitIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLimitIsItsColumnsLength() {
        for (ColumnLimit limit : ColumnLimit.values()) {
            Integer length = jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = ? and column_name = ?", Integer.class,
                    limit.table(), limit.column());
            assertThat(length).as(limit.name()).isEqualTo(limit.max());
        }
    }

    @Test
    void textAtTheLimitFitsAndOneMoreIsRefusedOnItsField() {
        assertThat(ColumnLimit.DOCUMENT_SESSION.check("x".repeat(40))).hasSize(40);
        assertThatThrownBy(() -> ColumnLimit.DOCUMENT_SESSION.check("x".repeat(41)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.session.tooLong");
        assertThat(ColumnLimit.DOCUMENT_NUMBER.check(null)).isNull();
    }
}
