package org.tiptracker.workinggroup.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.workinggroup.Addressee;

/** Changing meetings and recommendations on PostgreSQL: only the secretariat, audited, never a silent overwrite. */
@SpringBootTest
class WorkingGroupServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final Actor ANALYST = new Actor("analyst", "ANALYST", null);

    @Autowired
    WorkingGroupService service;

    @Autowired
    JdbcTemplate jdbc;

    synchronized long meeting() {
        List<Long> ids = jdbc.queryForList("select id from wg_meeting where number = 28", Long.class);
        return ids.isEmpty() ? service.createMeeting(SECRETARIAT, new MeetingCommand(28, 2039, LocalDate.of(2039, 10, 1),
                LocalDate.of(2039, 10, 3), "فيينا", "Vienna", null, null, null, null, null,
                List.of("سؤال أول؟", "سؤال ثان؟"))).id() : ids.get(0);
    }

    RecommendationCommand command(int position, String text) {
        return new RecommendationCommand(meeting(), null, position, Addressee.SECRETARIAT, "COOPERATION", text, null, null);
    }

    int nextPosition() {
        return jdbc.queryForObject("select coalesce(max(position), 0) + 1 from wg_recommendation where meeting_id = ?",
                Integer.class, meeting());
    }

    @Test
    void onlyTheSecretariatChangesAndEachChangeIsAudited() {
        assertThatThrownBy(() -> service.createRecommendation(ANALYST, command(nextPosition(), "نص")))
                .isInstanceOf(ForbiddenException.class);
        WorkingGroupViews.Recommendation r = service.createRecommendation(SECRETARIAT, command(nextPosition(), "نصٌّ أول " + UUID.randomUUID()));
        assertThat(r.letter()).isNotBlank();
        assertThatThrownBy(() -> service.updateRecommendation(ANALYST, r.id(), r.version(), command(r.position(), "x")))
                .isInstanceOf(ForbiddenException.class);
        String changed = "نص معدَّل " + UUID.randomUUID();
        service.updateRecommendation(SECRETARIAT, r.id(), r.version(), command(r.position(), changed));
        List<String> operations = jdbc.queryForList("select operation from audit_entry where entity_type = 'WgRecommendation'"
                + " and entity_id = ? order by id", String.class, r.id());
        assertThat(operations).containsExactly("CREATE", "UPDATE");
        assertThat(jdbc.queryForObject("select search_text from wg_recommendation where id = ?", String.class, r.id()))
                .isEqualTo(ArabicSearch.normalize(changed + " "));
    }

    @Test
    void aStaleVersionIsAConflict() {
        WorkingGroupViews.Recommendation r = service.createRecommendation(SECRETARIAT, command(nextPosition(), "نص " + UUID.randomUUID()));
        service.updateRecommendation(SECRETARIAT, r.id(), r.version(), command(r.position(), "أول تعديل"));
        assertThatThrownBy(() -> service.updateRecommendation(SECRETARIAT, r.id(), r.version(),
                command(r.position(), "تعديل متأخر")))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).current()).contains("أول تعديل"));
        assertThat(service.recommendation(r.id()).textAr()).isEqualTo("أول تعديل");
    }

    @Test
    void rulesAreCheckedBeforeAnythingIsSaved() {
        WorkingGroupViews.Recommendation r = service.createRecommendation(SECRETARIAT, command(nextPosition(), "نص " + UUID.randomUUID()));
        assertThatThrownBy(() -> service.createRecommendation(SECRETARIAT, command(r.position(), "حرف مكرر")))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "wg.recommendation.position.taken");
        assertThatThrownBy(() -> service.createRecommendation(SECRETARIAT, new RecommendationCommand(meeting(), null,
                nextPosition(), Addressee.STATES, "NO_SUCH_THEME", "نص", null, null)))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "wg.recommendation.theme.unknown");
        assertThatThrownBy(() -> service.createMeeting(SECRETARIAT, new MeetingCommand(27, 2030, LocalDate.of(2031, 1, 2),
                LocalDate.of(2031, 1, 3), null, null, null, null, null, null, null, List.of())))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "wg.meeting.dates.year");
        assertThat(jdbc.queryForObject("select count(*) from wg_meeting where number = 27", Integer.class)).isZero();
        assertThat(service.questions(meeting())).containsExactly("سؤال أول؟", "سؤال ثان؟");
    }
}
