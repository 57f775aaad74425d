package org.tiptracker.awareness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BlueHeartCountTests {

    final List<BlueHeartAdoption> rows = List.of(
            new BlueHeartAdoption(2010, null),
            new BlueHeartAdoption(2014, null),
            new BlueHeartAdoption(null, LocalDate.of(2016, 7, 1)),
            new BlueHeartAdoption(2019, null));

    @Test
    void aYearCountsFromItsFirstDayAndAKnownByDateFromThatDate() {
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2009, 12, 31))).isZero();
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2013, 12, 31))).isEqualTo(1);
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2014, 1, 1))).isEqualTo(2);
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2016, 6, 30))).isEqualTo(2);
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2016, 7, 1))).isEqualTo(3);
        assertThat(BlueHeartCount.asOf(rows, LocalDate.of(2019, 7, 29))).isEqualTo(4);
    }

    @Test
    void agreementWithAReportedCount() {
        assertThat(BlueHeartCount.agrees(rows, LocalDate.of(2016, 7, 1), 3)).isTrue();
        assertThat(BlueHeartCount.agrees(rows, LocalDate.of(2016, 7, 1), 12)).isFalse();
    }

    @Test
    void anAdoptionNeedsAYearOrADate() {
        assertThatThrownBy(() -> new BlueHeartAdoption(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
