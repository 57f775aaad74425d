package org.tiptracker.report.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.tiptracker.report.draft.TextDiff.Change;
import org.tiptracker.report.draft.TextDiff.Segment;

class TextDiffTests {

    @Test
    void wordsKeptDeletedAndInsertedJoinBackIntoBothTexts() {
        String older = "أصبحت ١٠ دول أطرافاً في البروتوكول";
        String newer = "أصبحت ١١ دولة أطرافاً في البروتوكول";
        List<Segment> segments = TextDiff.between(older, newer);
        assertThat(join(segments, Change.DELETED)).isEqualTo(newer);
        assertThat(join(segments, Change.INSERTED)).isEqualTo(older);
        assertThat(segments).filteredOn(Segment::deleted).extracting(Segment::text).containsExactly("١٠ دول");
        assertThat(segments).filteredOn(Segment::inserted).extracting(Segment::text).containsExactly("١١ دولة");
    }

    @Test
    void spacesAloneAreNoDifference() {
        assertThat(TextDiff.differ("نص  واحد ", "نص واحد")).isFalse();
        assertThat(TextDiff.differ("نص واحد", "نص آخر")).isTrue();
        assertThat(TextDiff.between("", "جديد")).containsExactly(new Segment(Change.INSERTED, "جديد"));
    }

    private static String join(List<Segment> segments, Change skip) {
        return segments.stream().filter(s -> s.change() != skip).map(Segment::text).collect(Collectors.joining());
    }
}
