package org.tiptracker.workinggroup.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.workinggroup.MeetingName;
import org.tiptracker.workinggroup.MeetingRules;
import org.tiptracker.workinggroup.RecommendationChoices;
import org.tiptracker.workinggroup.RecommendationParagraph;
import org.tiptracker.workinggroup.RecommendationRules;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Meeting;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Theme;

/**
 * The Working Group's meetings, their questions for discussion and their recommendations: read by
 * anyone, changed by the secretariat only (with audit and optimistic locking), and the measures
 * of states' reports that cite a recommendation, as far as the reader may see them. The rules a
 * meeting or a recommendation must keep are the domain's ({@link MeetingRules},
 * {@link RecommendationRules}); this service adds those the database answers (a number or a
 * letter already taken, a meeting or a theme that does not exist). It gives and takes records
 * ({@link WorkingGroupViews}, the commands), never its entities.
 */
@Service
public class WorkingGroupService {

    public static final String MEETING = "WgMeeting";
    public static final String RECOMMENDATION = "WgRecommendation";
    private static final int MAX_TEXT = MeetingRules.MAX_TEXT;

    private final WgMeetingRepository meetings;
    private final WgRecommendationRepository recommendations;
    private final WgThemeRepository themes;
    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final AuditTrail audit;

    public WorkingGroupService(WgMeetingRepository meetings, WgRecommendationRepository recommendations,
                               WgThemeRepository themes, JdbcTemplate jdbc, EntityManager em, AuditTrail audit) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.themes = themes;
        this.jdbc = jdbc;
        this.em = em;
        this.audit = audit;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return themes.findAllByOrderBySortOrder().stream().map(Theme::of).toList();
    }

    /** Every meeting, newest first, with its counts. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings() {
        Map<Long, Long> questions = counts("select meeting_id, count(*) from wg_question group by meeting_id");
        Map<Long, Long> recs = counts("select meeting_id, count(*) from wg_recommendation group by meeting_id");
        return meetings.findAllByOrderByNumberDesc().stream()
                .map(m -> new MeetingSummary(m.view(), questions.getOrDefault(m.getId(), 0L), recs.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    private Map<Long, Long> counts(String sql) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        return meetingEntity(id).view();
    }

    private WgMeetingEntity meetingEntity(long id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException("wg.meeting.notFound", id));
    }

    /** The questions for discussion of a meeting, in order. */
    @Transactional(readOnly = true)
    public List<String> questions(long meetingId) {
        return jdbc.queryForList("select text_ar from wg_question where meeting_id = ? order by position",
                String.class, meetingId);
    }

    @Transactional(readOnly = true)
    public List<Recommendation> recommendationsOf(long meetingId) {
        return recommendations.ofMeeting(meetingId).stream().map(Recommendation::of).toList();
    }

    /**
     * The meeting's recommendations printed as the papers quote them, one printed paragraph per
     * paragraph of the meeting's report (usually one).
     */
    @Transactional(readOnly = true)
    public List<RecommendationParagraph.Printed> printed(long meetingId) {
        WgMeetingEntity meeting = meetingEntity(meetingId);
        Map<Integer, List<String>> byParagraph = new TreeMap<>();
        for (WgRecommendationEntity r : recommendations.ofMeeting(meetingId)) {
            byParagraph.computeIfAbsent(r.getParagraph() == null ? 0 : r.getParagraph(), k -> new ArrayList<>())
                    .add(r.getTextAr());
        }
        return byParagraph.values().stream()
                .map(texts -> RecommendationParagraph.print(meeting.getNumber(), meeting.getYear(), meeting.getLeadInAr(),
                        meeting.getSubjectAr(), texts))
                .toList();
    }

    @Transactional(readOnly = true)
    public Recommendation recommendation(long id) {
        return Recommendation.of(recommendationEntity(id));
    }

    private WgRecommendationEntity recommendationEntity(long id) {
        return recommendations.findById(id).orElseThrow(() -> new NotFoundException("wg.recommendation.notFound", id));
    }

    /** The recommendations matching the filters, newest meeting first, then by letter. */
    @Transactional(readOnly = true)
    public List<Recommendation> search(RecommendationCriteria c) {
        StringBuilder jpql = new StringBuilder("select r from WgRecommendationEntity r join fetch r.meeting m where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (c.meetingId() != null) {
            jpql.append(" and m.id = :meeting");
            params.put("meeting", c.meetingId());
        }
        if (c.themeCode() != null && !c.themeCode().isBlank()) {
            jpql.append(" and r.themeCode = :theme");
            params.put("theme", c.themeCode());
        }
        if (c.addressee() != null) {
            jpql.append(" and r.addressee = :addressee");
            params.put("addressee", c.addressee());
        }
        String q = c.q() == null ? "" : ArabicSearch.normalize(c.q()).strip();
        if (!q.isEmpty()) {
            jpql.append(" and r.searchText like :q escape '\\'");
            params.put("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        jpql.append(" order by m.number desc, coalesce(r.paragraph, 0), r.position");
        TypedQuery<WgRecommendationEntity> query = em.createQuery(jpql.toString(), WgRecommendationEntity.class);
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(Recommendation::of).toList();
    }

    /**
     * Every recommendation grouped by meeting (newest first), for choosing one in a measure; the
     * meetings named in English or in Arabic (the year in {@code arabicDigits}).
     */
    @Transactional(readOnly = true)
    public List<RecommendationChoices.Group> recommendationChoices(boolean english, UnArabic arabicDigits) {
        Map<WgMeetingEntity, List<RecommendationChoices.Recommendation>> byMeeting = new LinkedHashMap<>();
        for (WgRecommendationEntity r : recommendations.allInOrder()) {
            byMeeting.computeIfAbsent(r.getMeeting(), k -> new ArrayList<>())
                    .add(new RecommendationChoices.Recommendation(r.getId(), r.getPosition(), r.getTextAr()));
        }
        return byMeeting.entrySet().stream().map(e -> RecommendationChoices.group(
                MeetingName.of(e.getKey().getNumber(), e.getKey().getYear(), english, arabicDigits),
                e.getKey().getYear(), e.getValue())).toList();
    }

    /** Which of these ids are not recommendations. */
    @Transactional(readOnly = true)
    public Set<Long> unknown(Collection<Long> ids) {
        Set<Long> out = new java.util.TreeSet<>(ids);
        if (!out.isEmpty()) {
            recommendations.findAllById(ids).forEach(r -> out.remove(r.getId()));
        }
        return out;
    }

    /**
     * The measures citing a recommendation, as {@code actor} may see them: the secretariat every
     * one; analysts those of submitted or accepted reports (as in the measures browser); a focal
     * point those of its own state; anonymous readers (null actor, or no known role) only the
     * number of citing measures in submitted or accepted reports.
     */
    @Transactional(readOnly = true)
    public Citations citations(Actor actor, long recommendationId) {
        recommendation(recommendationId);
        String select = """
                select m.id, r.id as report_id, r.status, p.iso3, p.name_ar, p.name_en, c.title_ar, c.title_en, m.title
                  from measure m
                  join measure_report r on r.id = m.report_id
                  join participant p on p.id = r.participant_id
                  join reporting_cycle c on c.id = r.cycle_id
                 where m.recommendation_id = ?""";
        String published = " and r.status in ('SUBMITTED', 'ACCEPTED')";
        String order = " order by c.period_end desc, p.iso3, m.position";
        if (actor == null || !(actor.isSecretariat() || actor.isAnalyst() || actor.isFocalPoint())) {
            Long count = jdbc.queryForObject("select count(*) from measure m join measure_report r on r.id = m.report_id"
                    + " where m.recommendation_id = ?" + published, Long.class, recommendationId);
            return new Citations(count == null ? 0 : count, false, List.of());
        }
        List<CitingMeasure> rows;
        if (actor.isSecretariat()) {
            rows = jdbc.query(select + order, this::citing, recommendationId);
        } else if (actor.isAnalyst()) {
            rows = jdbc.query(select + published + order, this::citing, recommendationId);
        } else if (actor.isFocalPoint() && actor.participantId() != null) {
            rows = jdbc.query(select + " and p.id = ?" + order, this::citing, recommendationId, actor.participantId());
        } else {
            rows = List.of();
        }
        return new Citations(rows.size(), true, rows);
    }

    private CitingMeasure citing(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new CitingMeasure(rs.getLong("id"), rs.getLong("report_id"), ReportStatus.valueOf(rs.getString("status")),
                rs.getString("iso3"), rs.getString("name_ar"), rs.getString("name_en"), rs.getString("title_ar"),
                rs.getString("title_en"), rs.getString("title"));
    }

    // ---- changing

    @Transactional
    public Meeting createMeeting(Actor actor, MeetingCommand command) {
        String user = requireSecretariat(actor);
        WgMeetingEntity meeting = new WgMeetingEntity(user, audit.now());
        apply(meeting, command);
        meeting = meetings.saveAndFlush(meeting);
        replaceQuestions(meeting.getId(), command.questions());
        audit.created(user, MEETING, meeting.getId(), summary(meeting), describe(meeting));
        return meeting.view();
    }

    @Transactional
    public Meeting updateMeeting(Actor actor, long id, long expectedVersion, MeetingCommand command) {
        String user = requireSecretariat(actor);
        WgMeetingEntity meeting = meetingEntity(id);
        String before = describe(meeting);
        meeting.requireVersion(expectedVersion, "wg.meeting.conflict", before);
        apply(meeting, command);
        meeting.touch(user, audit.now());
        meetings.saveAndFlush(meeting);
        replaceQuestions(id, command.questions());
        audit.updated(user, MEETING, id, summary(meeting), before, describe(meeting));
        return meeting.view();
    }

    private void apply(WgMeetingEntity meeting, MeetingCommand c) {
        MeetingRules.check(c.number(), c.year(), c.startDate(), c.endDate(), c.questions());
        meetings.findByNumber(c.number()).filter(other -> !other.getId().equals(meeting.getId())).ifPresent(other -> {
            throw new DomainException("wg.meeting.number.taken", c.number());
        });
        meeting.setContent(c);
        meeting.setTexts(text(c.venueAr(), ColumnLimit.MEETING_VENUE_AR), text(c.venueEn(), ColumnLimit.MEETING_VENUE_EN),
                text(c.reportSymbol(), ColumnLimit.MEETING_REPORT_SYMBOL), text(c.leadInAr(), MAX_TEXT),
                text(c.subjectAr(), ColumnLimit.MEETING_SUBJECT_AR), text(c.source(), ColumnLimit.MEETING_SOURCE));
    }

    private void replaceQuestions(long meetingId, List<String> questions) {
        jdbc.update("delete from wg_question where meeting_id = ?", meetingId);
        int position = 0;
        for (String q : questions) {
            if (q != null && !q.isBlank()) {
                jdbc.update("insert into wg_question (meeting_id, position, text_ar) values (?, ?, ?)",
                        meetingId, ++position, q.strip());
            }
        }
    }

    @Transactional
    public Recommendation createRecommendation(Actor actor, RecommendationCommand command) {
        String user = requireSecretariat(actor);
        WgRecommendationEntity r = new WgRecommendationEntity(user, audit.now());
        apply(r, command);
        r = recommendations.saveAndFlush(r);
        audit.created(user, RECOMMENDATION, r.getId(), summary(r), r.describe());
        return Recommendation.of(r);
    }

    @Transactional
    public Recommendation updateRecommendation(Actor actor, long id, long expectedVersion,
                                               RecommendationCommand command) {
        String user = requireSecretariat(actor);
        WgRecommendationEntity r = recommendationEntity(id);
        String before = r.describe();
        r.requireVersion(expectedVersion, "wg.recommendation.conflict", before);
        apply(r, command);
        r.touch(user, audit.now());
        recommendations.saveAndFlush(r);
        audit.updated(user, RECOMMENDATION, id, summary(r), before, r.describe());
        return Recommendation.of(r);
    }

    private void apply(WgRecommendationEntity r, RecommendationCommand c) {
        if (c.meetingId() == null) {
            throw new DomainException("wg.recommendation.meeting.required");
        }
        WgMeetingEntity meeting = meetings.findById(c.meetingId())
                .orElseThrow(() -> new DomainException("wg.recommendation.meeting.required"));
        RecommendationRules.check(c.paragraph(), c.position(), c.addressee(), c.textAr());
        Integer taken = jdbc.queryForObject("""
                select count(*) from wg_recommendation
                 where meeting_id = ? and coalesce(paragraph, 0) = ? and position = ? and id <> ?""", Integer.class,
                meeting.getId(), c.paragraph() == null ? 0 : c.paragraph(), c.position(), r.getId() == null ? -1L : r.getId());
        if (taken != null && taken > 0) {
            throw new DomainException("wg.recommendation.position.taken", Abjad.item(c.position()));
        }
        if (c.themeCode() == null || !themes.existsById(c.themeCode())) {
            throw new DomainException("wg.recommendation.theme.unknown");
        }
        r.setContent(meeting, c.paragraph(), c.position(), c.addressee(), c.themeCode(), text(c.textAr(), MAX_TEXT),
                text(c.textEn(), MAX_TEXT), text(c.source(), ColumnLimit.RECOMMENDATION_SOURCE));
    }

    private static String requireSecretariat(Actor actor) {
        return Actor.requireSecretariat(actor, "working group").username();
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        MeetingRules.checkLength(value, max);
        return value.strip();
    }

    private static String text(String value, ColumnLimit limit) {
        return limit.check(value == null || value.isBlank() ? null : value.strip());
    }

    private String describe(WgMeetingEntity meeting) {
        List<String> questions = meeting.getId() == null ? List.of() : questions(meeting.getId());
        StringBuilder out = new StringBuilder(meeting.describe());
        for (int i = 0; i < questions.size(); i++) {
            out.append('\n').append(Abjad.item(i + 1)).append(' ').append(questions.get(i));
        }
        return out.toString();
    }

    private static String summary(WgMeetingEntity m) {
        return "Working Group meeting #" + m.getNumber() + " (" + m.getYear() + ")";
    }

    private static String summary(WgRecommendationEntity r) {
        return "Working Group recommendation, meeting #" + r.getMeeting().getNumber() + " (" + r.getMeeting().getYear()
                + ") " + r.getLetter();
    }
}
