package org.tiptracker.agency.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.reporting.MeasureHeading;

/**
 * The agencies, ICAT and agency activities of the Secretary-General's report of 2016 (para. 32-78),
 * loaded on a real PostgreSQL; the ICAT queries as of a date; the activity service's rules.
 */
@SpringBootTest
class AgencyReferenceLoaderIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);

    @Autowired
    AgencyReferenceLoader loader;

    @Autowired
    IcatService icat;

    @Autowired
    ActivityService activities;

    @Autowired
    ActivitySearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsTheAgenciesWithTheirArabicNamesAsTheReportWritesThem() {
        assertThat(jdbc.queryForObject("select count(*) from agency", Integer.class)).isEqualTo(16);
        assertThat(name("UNICRI")).isEqualTo("معهد الأمم المتحدة الأقليمي لأبحاث الجريمة والعدالة");
        assertThat(name("UNODC")).isEqualTo("مكتب الأمم المتحدة المعني بالمخدرات والجريمة");
        assertThat(name("INTERPOL")).isEqualTo("المنظمة الدولية للشرطة الجنائية");
        assertThat(name("UN Women")).isEqualTo("هيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة");
        assertThat(jdbc.queryForObject("select acronym_ar from agency where acronym = 'UNICEF'", String.class)).isEqualTo("اليونيسف");
        assertThat(jdbc.queryForObject("select name_en from agency where acronym = 'OSCE'", String.class))
                .isEqualTo("Organization for Security and Co-operation in Europe");
    }

    @Test
    void theChairRotatesAsParagraph64Says() {
        assertThat(icat.chairs()).extracting(c -> c.year() + " " + c.acronym())
                .containsExactly("2014 IOM", "2015 UNHCR", "2016 UNODC");
    }

    @Test
    void membershipAndWorkingGroupAsOfADate() {
        LocalDate inReport = LocalDate.of(2016, 5, 30);
        assertThat(icat.workingGroupAsOf(inReport)).extracting(IcatService.Member::acronym)
                .containsExactlyInAnyOrder("ILO", "IOM", "OHCHR", "UNHCR", "UNICEF", "UNODC");
        List<IcatService.Member> members = icat.membersAsOf(inReport);
        assertThat(members).extracting(IcatService.Member::acronym)
                .containsExactlyInAnyOrder("UNODC", "ILO", "IOM", "OHCHR", "UNHCR", "UNICEF", "INTERPOL", "UNICRI", "OSCE");
        assertThat(members).filteredOn(m -> m.acronym().equals("OSCE")).extracting(IcatService.Member::role).containsExactly("PARTNER");
        // Before 2014 only UNODC is attested (it has coordinated ICAT since its first meeting in 2006).
        assertThat(icat.membersAsOf(LocalDate.of(2010, 6, 1))).extracting(IcatService.Member::acronym).containsExactly("UNODC");
        assertThat(icat.membersAsOf(LocalDate.of(2005, 12, 31))).isEmpty();
        // A membership that ended is no longer counted after its end.
        Long ilo = jdbc.queryForObject("select id from agency where acronym = 'ILO'", Long.class);
        jdbc.update("insert into icat_membership (agency_id, role, member_from, member_until) values (?, 'MEMBER', '2008-01-01', '2009-12-31')", ilo);
        try {
            assertThat(icat.membersAsOf(LocalDate.of(2009, 12, 31))).extracting(IcatService.Member::acronym)
                    .containsExactlyInAnyOrder("UNODC", "ILO");
            assertThat(icat.membersAsOf(LocalDate.of(2010, 1, 1))).extracting(IcatService.Member::acronym).containsExactly("UNODC");
        } finally {
            jdbc.update("delete from icat_membership where member_until = '2009-12-31'");
        }
    }

    @Test
    void thePolicyPapersOfParagraph69() {
        assertThat(icat.papers()).extracting(p -> p.year() + " " + p.status() + " " + p.titleAr()).containsExactly(
                "2012 PUBLISHED الإطار القانوني الدولي المتعلق بالاتجار بالأشخاص",
                "2014 PUBLISHED منع الاتجار بالأشخاص من خلال التصدي للطلب",
                "2016 IN_PREPARATION توفير سبل انتصاف فعالة لضحايا الاتجار بالأشخاص",
                "2016 IN_PREPARATION تحديد نهج مشترك بين وكالات الأمم المتحدة في مجال رصد وتقييم تدابير مكافحة الاتجار");
    }

    @Test
    void loadsTheActivitiesWithTheFiguresTheReportGives() {
        assertThat(jdbc.queryForObject("select count(*) from agency_activity where not demo and created_by = 'reference-data'",
                Integer.class)).isEqualTo(54);
        // Para. 52: INTERPOL in West Africa, 2009-2015.
        var westAfrica = jdbc.queryForMap("select people_trained, suspects_arrested, victims_assisted, start_date, end_date,"
                + " source_paragraph from agency_activity where title = 'تم تدريب ١٠٦٦ من موظفي إنفاذ القانون في غرب أفريقيا'");
        assertThat(westAfrica.get("people_trained")).isEqualTo(1066);
        assertThat(westAfrica.get("suspects_arrested")).isEqualTo(197);
        assertThat(westAfrica.get("victims_assisted")).isEqualTo(984);
        assertThat(westAfrica.get("source_paragraph")).isEqualTo("تقرير الأمين العام المؤرخ ١ تموز/يوليه ٢٠١٦، الفقرة ٥٢");
        // Para. 36: more than 1,400 practitioners trained.
        assertThat(jdbc.queryForObject("select people_trained from agency_activity where title = 'فرص تدريبية متخصصة ومعلومات مفيدة'",
                Integer.class)).isEqualTo(1400);
        // Para. 37: with IOM and UNICEF, 13 partner countries.
        var partners = jdbc.queryForList("select g.acronym from agency_activity a join agency_activity_partner p on p.activity_id = a.id"
                + " join agency g on g.id = p.agency_id where a.title like 'مبادرة عالمية جديدة%' order by g.acronym", String.class);
        assertThat(partners).containsExactly("IOM", "UNICEF");
        // Para. 41: OHCHR assisted five countries.
        var countries = jdbc.queryForList("select p.iso3 from agency_activity a join agency_activity_country c on c.activity_id = a.id"
                + " join participant p on p.id = c.participant_id where a.title = 'تطبيق نهج قائم على الحقوق تجاه مكافحة الاتجار بالأشخاص'"
                + " order by p.iso3", String.class);
        assertThat(countries).containsExactly("AUS", "BLR", "KHM", "KOR", "MRT");
    }

    @Test
    void aSecondLoadChangesNothingAndEditsSurvive() {
        jdbc.update("update agency set name_en = 'Changed by a user' where acronym = 'CoE'");
        AgencyReferenceLoader.LoadReport report = loader.load();
        assertThat(report.total()).isZero();
        assertThat(jdbc.queryForObject("select name_en from agency where acronym = 'CoE'", String.class)).isEqualTo("Changed by a user");
        jdbc.update("update agency set name_en = 'Council of Europe' where acronym = 'CoE'");
    }

    @Test
    void anEnglishRowAddedToTheFileReachesADatabaseThatAlreadyHoldsTheActivity() {
        // A database loaded before the row was in the file: the activity is there, the English key is not.
        Long id = jdbc.queryForObject("select id from agency_activity where title_en = 'Evidential Issues in Trafficking"
                + " in Persons Cases: Case Digest'", Long.class);
        jdbc.update("update agency_activity set title_en = null, description_en = null where id = ?", id);
        jdbc.update("delete from reference_row where row_key = 'activity-en:unodc-evidential-digest'");
        assertThat(loader.load().activities()).isZero();
        assertThat(jdbc.queryForObject("select title_en from agency_activity where id = ?", String.class, id))
                .isEqualTo("Evidential Issues in Trafficking in Persons Cases: Case Digest");
        assertThat(jdbc.queryForObject("select description_en from agency_activity where id = ?", String.class, id))
                .startsWith("The Case Digest aims to assist criminal justice practitioners");
        // Once applied, never again: an English title given in the application survives the next start.
        jdbc.update("update agency_activity set title_en = 'Changed by a user' where id = ?", id);
        loader.load();
        assertThat(jdbc.queryForObject("select title_en from agency_activity where id = ?", String.class, id))
                .isEqualTo("Changed by a user");
        jdbc.update("update agency_activity set title_en = 'Evidential Issues in Trafficking in Persons Cases: Case Digest'"
                + " where id = ?", id);
    }

    @Test
    void onlyTheSecretariatEditsAndAStaleVersionIsAConflict() {
        ActivityCommand command = new ActivityCommand("WHO", ActivityKind.EVENT, MeasureHeading.PROTECTION, "نشاط للاختبار",
                "وصف", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 2), new ActivityFigures(3, null, null, null),
                List.of("JOR"), Set.of(ActivityRegion.MIDDLE_EAST), List.of("UNODC"), "A/71/167", null);
        assertThatThrownBy(() -> activities.create(new Actor("analyst", "ANALYST", null), command))
                .isInstanceOf(ForbiddenException.class);
        AgencyViews.Activity created = activities.create(SECRETARIAT, command);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'AgencyActivity' and entity_id = ?"
                + " and operation = 'CREATE' and username = 'secretariat'", Integer.class, created.id())).isEqualTo(1);
        long version = created.version();
        activities.update(SECRETARIAT, created.id(), version, command);
        assertThatThrownBy(() -> activities.update(SECRETARIAT, created.id(), version, command))
                .isInstanceOf(ConflictException.class);
        ActivityCommand reversed = new ActivityCommand("WHO", ActivityKind.EVENT, null, "نشاط", "", LocalDate.of(2016, 2, 1),
                LocalDate.of(2016, 1, 1), ActivityFigures.NONE, List.of(), Set.of(), List.of(), null, null);
        assertThatThrownBy(() -> activities.create(SECRETARIAT, reversed))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("activity.dates.order"));
        assertThatThrownBy(() -> new ActivityFigures(-1, null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("activity.figure.negative"));
        assertThatThrownBy(() -> jdbc.update("update agency_activity set people_trained = -5 where id = ?", created.id()))
                .hasMessageContaining("ck_agency_activity_figures");
        // Nothing of the refused activity was saved.
        assertThat(jdbc.queryForObject("select count(*) from agency_activity where title = 'نشاط'", Integer.class)).isZero();
    }

    @Test
    void searchForgivesSpellingVariants() {
        // The report writes "عدّة تقييم" (with a shadda) and "أطفال هاربون" (with a hamza).
        assertThat(search.search(new ActivityCriteria(null, null, null, null, null, null, "عدة تقييم"), 1).rows())
                .extracting(ActivityRow::title).contains("الاتجار بالأشخاص بغرض نزع الأعضاء");
        assertThat(search.search(new ActivityCriteria(null, null, null, null, null, null, "اطفال هاربون"), 1).rows())
                .extracting(ActivityRow::agency).containsOnly("UNHCR").isNotEmpty();
        assertThat(search.search(new ActivityCriteria("INTERPOL", 2012, null, ActivityRegion.WEST_AFRICA, null, null, null), 1)
                .total()).isEqualTo(1);
    }

    private String name(String acronym) {
        return jdbc.queryForObject("select name_ar from agency where acronym = ?", String.class, acronym);
    }
}
