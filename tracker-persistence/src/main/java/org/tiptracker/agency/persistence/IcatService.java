package org.tiptracker.agency.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.agency.IcatRules;
import org.tiptracker.agency.PaperStatus;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;

/**
 * The Inter-Agency Coordination Group against Trafficking in Persons (ICAT): its members over
 * time, the entities of its "Working Group", the chair of each year and its policy papers. The
 * secretariat records chairs and papers; every change is audited.
 */
@Service
public class IcatService {

    public static final String CHAIR = "IcatChair";
    public static final String PAPER = "IcatPaper";
    public static final String MEMBERSHIP = "IcatMembership";

    /** A member (or formal partner) of ICAT over a period; {@code until} null while it lasts. */
    public record Member(String acronym, String nameAr, String nameEn, String role, LocalDate from, LocalDate until,
                         String source) {
    }

    public record Chair(int year, String acronym, String nameAr, String nameEn, String source, long version) {
    }

    public record Paper(long id, String titleAr, String titleEn, int year, PaperStatus status, String source, long version) {
    }

    private final JdbcTemplate jdbc;
    private final AgencyRepository agencies;
    private final AuditTrail audit;

    public IcatService(JdbcTemplate jdbc, AgencyRepository agencies, AuditTrail audit) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** Members and partners of ICAT on {@code date}: from on or before it, until on or after it (or open). */
    @Transactional(readOnly = true)
    public List<Member> membersAsOf(LocalDate date) {
        return members("icat_membership", "m.role", date);
    }

    /** The entities of ICAT's "Working Group" on {@code date}. */
    @Transactional(readOnly = true)
    public List<Member> workingGroupAsOf(LocalDate date) {
        return members("icat_working_group", "'MEMBER'", date);
    }

    /** Every membership period of one agency, oldest first. */
    @Transactional(readOnly = true)
    public List<Member> membershipOf(String acronym) {
        return jdbc.query("select g.acronym, g.name_ar, g.name_en, m.role, m.member_from, m.member_until, m.source"
                + " from icat_membership m join agency g on g.id = m.agency_id where lower(g.acronym) = lower(?)"
                + " order by m.member_from", (rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                rs.getString(7)), acronym);
    }

    private List<Member> members(String table, String role, LocalDate date) {
        return jdbc.query("select g.acronym, g.name_ar, g.name_en, " + role + ", m.member_from, m.member_until, m.source"
                + " from " + table + " m join agency g on g.id = m.agency_id"
                + " where m.member_from <= ? and (m.member_until is null or m.member_until >= ?)"
                + " order by g.sort_order, g.acronym",
                (rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getString(7)), Date.valueOf(date), Date.valueOf(date));
    }

    @Transactional(readOnly = true)
    public List<Chair> chairs() {
        return jdbc.query("select c.chair_year, g.acronym, g.name_ar, g.name_en, c.source, c.version from icat_chair c"
                + " join agency g on g.id = c.agency_id order by c.chair_year",
                (rs, i) -> new Chair(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6)));
    }

    @Transactional(readOnly = true)
    public List<Paper> papers() {
        return jdbc.query("select id, title_ar, title_en, paper_year, status, source, version from icat_paper"
                + " order by paper_year, id", (rs, i) -> paper(rs));
    }

    @Transactional(readOnly = true)
    public Paper paper(long id) {
        return jdbc.query("select id, title_ar, title_en, paper_year, status, source, version from icat_paper where id = ?",
                (rs, i) -> paper(rs), id).stream().findFirst().orElseThrow(() -> new NotFoundException("icat.paper.notFound", id));
    }

    private static Paper paper(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Paper(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), PaperStatus.valueOf(rs.getString(5)),
                rs.getString(6), rs.getLong(7));
    }

    /** Records the chair of a year (a new year, or a change of an existing one). */
    @Transactional
    public void setChair(Actor actor, int year, String acronym, String source) {
        requireSecretariat(actor);
        IcatRules.checkChair(year);
        AgencyEntity agency = agency(acronym);
        List<Chair> existing = chairs().stream().filter(c -> c.year() == year).toList();
        String text = source == null || source.isBlank() ? null : source.strip();
        ColumnLimit.ICAT_CHAIR_SOURCE.check(text);
        if (existing.isEmpty()) {
            jdbc.update("insert into icat_chair (chair_year, agency_id, source) values (?, ?, ?)", year, agency.getId(), text);
            audit.created(actor.username(), CHAIR, (long) year, year + ": " + agency.getAcronym(),
                    year + " " + agency.getAcronym() + " " + text);
        } else {
            Chair before = existing.get(0);
            jdbc.update("update icat_chair set agency_id = ?, source = ?, version = version + 1 where chair_year = ?",
                    agency.getId(), text, year);
            audit.updated(actor.username(), CHAIR, (long) year, year + ": " + agency.getAcronym(),
                    year + " " + before.acronym() + " " + before.source(),
                    year + " " + agency.getAcronym() + " " + text);
        }
    }

    /** Records a membership (or a formal partnership) of an agency over a period; {@code until} may be open. */
    @Transactional
    public long addMembership(Actor actor, String acronym, String role, LocalDate from, LocalDate until, String source) {
        requireSecretariat(actor);
        AgencyEntity agency = agency(acronym);
        IcatRules.checkMembership(role, from, until);
        String text = source == null || source.isBlank() ? null : source.strip();
        ColumnLimit.ICAT_MEMBERSHIP_SOURCE.check(text);
        Integer overlapping = jdbc.queryForObject("select count(*) from icat_membership where agency_id = ?"
                + " and member_from <= coalesce(?, date '9999-12-31') and coalesce(member_until, date '9999-12-31') >= ?",
                Integer.class, agency.getId(), until == null ? null : Date.valueOf(until), Date.valueOf(from));
        if (overlapping != null && overlapping > 0) {
            throw new DomainException("icat.member.overlap", agency.getAcronym());
        }
        Long id = jdbc.queryForObject("insert into icat_membership (agency_id, role, member_from, member_until, source)"
                + " values (?, ?, ?, ?, ?) returning id", Long.class, agency.getId(), role, Date.valueOf(from),
                until == null ? null : Date.valueOf(until), text);
        audit.created(actor.username(), MEMBERSHIP, id, agency.getAcronym() + " " + role + " " + from,
                agency.getAcronym() + " " + role + " " + from + " – " + until + " " + text);
        return id;
    }

    /** Adds a paper (id null) or changes one, refusing a stale version. Returns the paper's id. */
    @Transactional
    public long savePaper(Actor actor, Long id, Long expectedVersion, String titleAr, String titleEn, Integer year,
                          PaperStatus status, String source) {
        requireSecretariat(actor);
        IcatRules.checkPaper(titleAr, titleEn, year, status);
        ColumnLimit.ICAT_PAPER_TITLE_AR.check(titleAr);
        ColumnLimit.ICAT_PAPER_TITLE_EN.check(titleEn);
        String text = source == null || source.isBlank() ? null : source.strip();
        ColumnLimit.ICAT_PAPER_SOURCE.check(text);
        String after = titleAr.strip() + "\n" + titleEn.strip() + "\n" + year + " " + status + " " + text;
        if (id == null) {
            Long created = jdbc.queryForObject("insert into icat_paper (title_ar, title_en, paper_year, status, source)"
                    + " values (?, ?, ?, ?, ?) returning id", Long.class, titleAr.strip(), titleEn.strip(), year,
                    status.name(), text);
            audit.created(actor.username(), PAPER, created, titleEn.strip(), after);
            return created;
        }
        Paper before = paper(id);
        if (expectedVersion == null || before.version() != expectedVersion) {
            throw new ConflictException("icat.paper.conflict", before.titleAr() + "\n" + before.titleEn() + "\n"
                    + before.year() + " " + before.status() + " " + before.source());
        }
        int changed = jdbc.update("update icat_paper set title_ar = ?, title_en = ?, paper_year = ?, status = ?, source = ?,"
                + " version = version + 1 where id = ? and version = ?", titleAr.strip(), titleEn.strip(), year,
                status.name(), text, id, expectedVersion);
        if (changed == 0) {
            throw new ConflictException("icat.paper.conflict", null);
        }
        audit.updated(actor.username(), PAPER, id, titleEn.strip(),
                before.titleAr() + "\n" + before.titleEn() + "\n" + before.year() + " " + before.status() + " " + before.source(),
                after);
        return id;
    }

    private AgencyEntity agency(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            throw new DomainException("icat.agency.required");
        }
        return agencies.findByAcronymIgnoreCase(acronym.strip())
                .orElseThrow(() -> new DomainException("icat.agency.unknown", acronym.strip()));
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "icat");
    }
}
