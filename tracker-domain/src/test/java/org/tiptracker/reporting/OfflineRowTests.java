package org.tiptracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OfflineRowTests {

    /** The names of a small workbook: headings and groups by their constant's name, one type, one recommendation. */
    private static final OfflineRow.Names NAMES = new OfflineRow.Names() {
        @Override
        public Optional<MeasureHeading> heading(String text) {
            return constant(MeasureHeading.class, text);
        }

        @Override
        public Optional<String> type(String text) {
            return "legislation".equals(text) ? Optional.of("LEGISLATION") : Optional.empty();
        }

        @Override
        public Optional<TargetGroup> group(String text) {
            return constant(TargetGroup.class, text);
        }

        @Override
        public Optional<ExploitationForm> form(String text) {
            return constant(ExploitationForm.class, text);
        }

        @Override
        public Optional<Long> recommendation(String code) {
            return "2013 (b)".equals(code) ? Optional.of(42L) : Optional.empty();
        }
    };

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        try {
            return Optional.of(Enum.valueOf(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> row(String... fieldsAndValues) {
        Map<String, String> text = new HashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            text.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return text;
    }

    private static List<String> keys(OfflineRow.Read read) {
        return read.problems().stream().map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void aCompleteRowIsAMeasure() {
        MeasureHeading heading = MeasureHeading.values()[0];
        TargetGroup group = TargetGroup.values()[0];
        ExploitationForm form = ExploitationForm.values()[0];
        OfflineRow.Read read = OfflineRow.read(row("heading", heading.name(), "typeCode", "legislation",
                "title", "A law", "startDate", "٢٠١٥-٠٣-٠١", "targetGroups", group.name() + "، " + group.name(),
                "forms", form.name(), "investigations", "1,234", "convictions", "-2", "recommendationId", "2013 (b)"),
                Map.of("endDate", LocalDate.of(2016, 1, 31)), NAMES);
        assertThat(read.problems()).isEmpty();
        Measure m = read.measure();
        assertThat(m.heading()).isEqualTo(heading);
        assertThat(m.typeCode()).isEqualTo("LEGISLATION");
        assertThat(m.title()).isEqualTo("A law");
        assertThat(m.startDate()).isEqualTo(LocalDate.of(2015, 3, 1));
        // A date cell that held a date counts only when the cell is not empty.
        assertThat(m.endDate()).isNull();
        assertThat(m.targetGroups()).containsExactly(group);
        assertThat(m.forms()).containsExactly(form);
        assertThat(m.figures().investigations()).isEqualTo(1234);
        assertThat(m.figures().convictions()).isEqualTo(-2);
        assertThat(m.recommendationId()).isEqualTo(42L);
    }

    @Test
    void aDateCellThatHeldADateIsTaken() {
        LocalDate end = LocalDate.of(2016, 1, 31);
        OfflineRow.Read read = OfflineRow.read(row("endDate", "2016-01-31 00:00"), Map.of("endDate", end), NAMES);
        assertThat(read.measure().endDate()).isEqualTo(end);
        assertThat(keys(read)).doesNotContain("endDate:offline.error.date");
    }

    @Test
    void headingAndTypeAreRequiredAndKnown() {
        assertThat(keys(OfflineRow.read(row(), Map.of(), NAMES)))
                .containsExactly("heading:offline.error.heading.required", "typeCode:offline.error.type.required");
        OfflineRow.Read unknown = OfflineRow.read(row("heading", "X", "typeCode", "Y"), Map.of(), NAMES);
        assertThat(keys(unknown)).containsExactly("heading:offline.error.heading.unknown", "typeCode:offline.error.type.unknown");
        assertThat(unknown.problems().get(0).args()).containsExactly("X");
    }

    @Test
    void everyUnreadableCellIsReportedOnItsFieldInTheColumnsOrder() {
        OfflineRow.Read read = OfflineRow.read(row("heading", MeasureHeading.values()[0].name(), "typeCode", "legislation",
                "startDate", "2015-02-30", "endDate", "31/01/2016", "targetGroups", "nobody", "forms", "none; at all",
                "prosecutions", "1.5", "peopleTrained", "9999999999", "recommendationId", "2099 (z)"), Map.of(), NAMES);
        assertThat(keys(read)).containsExactly("startDate:offline.error.date", "endDate:offline.error.date",
                "targetGroups:offline.error.group.unknown", "forms:offline.error.form.unknown",
                "forms:offline.error.form.unknown", "prosecutions:offline.error.integer",
                "peopleTrained:offline.error.integer", "recommendationId:offline.error.recommendation.unknown");
        assertThat(read.measure().startDate()).isNull();
        assertThat(read.measure().figures().prosecutions()).isNull();
        assertThat(read.measure().recommendationId()).isNull();
    }

    @Test
    void listCellsSplitOnEitherScriptsSeparators() {
        assertThat(OfflineRow.items(null)).isEmpty();
        assertThat(OfflineRow.items(" a, b،c;d؛e\nf ,, ")).containsExactly("a", "b", "c", "d", "e", "f");
    }

    @Test
    void theColumnsAreTheMeasuresFields() {
        assertThat(OfflineRow.FIELDS).hasSize(17).startsWith("heading", "typeCode").endsWith("recommendationId");
    }
}
