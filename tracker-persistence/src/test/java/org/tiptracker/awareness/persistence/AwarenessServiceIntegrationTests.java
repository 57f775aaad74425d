package org.tiptracker.awareness.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.ForbiddenException;

/**
 * Themes and Blue Heart adoptions on PostgreSQL without demonstration rows (the persistence tests
 * load reference data only): the seeds' three named countries, rules, access, audit, conflicts.
 */
@SpringBootTest
class AwarenessServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final Actor ANALYST = new Actor("analyst", "ANALYST", null);

    @Autowired
    AwarenessService service;

    @Autowired
    WorldDayReferenceLoader worldDay;

    @Autowired
    BlueHeartReferenceLoader blueHeart;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReferenceRowsAloneCountOnlyTheNamedCountries() {
        assertThat(service.themes()).extracting(AwarenessViews.Theme::year).contains(2017, 2018, 2019);
        assertThat(service.reportedCounts()).extracting(AwarenessViews.Reported::countryCount).containsExactly(12, 18);
        assertThat(service.countAsOf(LocalDate.of(2014, 1, 1))).isEqualTo(1);
        assertThat(service.countAsOf(LocalDate.of(2016, 6, 30))).isEqualTo(1);
        assertThat(service.countAsOf(LocalDate.of(2016, 7, 1))).isEqualTo(2);
        assertThat(service.countAsOf(LocalDate.of(2019, 7, 29))).isEqualTo(3);
        // a load applies what is new once (the official English theme of a year whose theme another
        // test has just recorded); the next load finds nothing to do
        worldDay.load();
        blueHeart.load();
        assertThat(worldDay.load()).isZero();
        assertThat(blueHeart.load()).isZero();
    }

    @Test
    void onlyTheSecretariatChangesAuditedAndStaleEditsAreRefused() {
        assertThatThrownBy(() -> service.createTheme(ANALYST, new ThemeCommand(2024, "x", null, null)))
                .isInstanceOf(ForbiddenException.class);
        AwarenessViews.Theme theme = service.createTheme(SECRETARIAT, new ThemeCommand(2024, " موضوع ", "", null));
        assertThat(theme.themeAr()).isEqualTo("موضوع");
        assertThat(theme.themeEn()).isNull();
        service.updateTheme(SECRETARIAT, theme.id(), theme.version(), new ThemeCommand(2024, "موضوع آخر", null, null));
        assertThatThrownBy(() -> service.updateTheme(SECRETARIAT, theme.id(), theme.version(),
                new ThemeCommand(2024, "قديم", null, null))).isInstanceOf(ConflictException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'WorldDayTheme' and entity_id = ?",
                Integer.class, theme.id())).isEqualTo(2);

        assertThatThrownBy(() -> service.createAdoption(ANALYST, new AdoptionCommand("DEU", 2020, null, null)))
                .isInstanceOf(ForbiddenException.class);
        AwarenessViews.Adoption adoption = service.createAdoption(SECRETARIAT, new AdoptionCommand("deu", 2020, null, "s"));
        assertThat(adoption.participant().iso3()).isEqualTo("DEU");
        assertThat(service.countAsOf(LocalDate.of(2020, 1, 1))).isEqualTo(4);
    }

    @Test
    void rulesAreChecked() {
        assertThatThrownBy(() -> service.createTheme(SECRETARIAT, new ThemeCommand(2013, "x", null, null)))
                .extracting("messageKey").isEqualTo("awareness.theme.year.range");
        assertThatThrownBy(() -> service.createTheme(SECRETARIAT, new ThemeCommand(2019, "x", null, null)))
                .extracting("messageKey").isEqualTo("awareness.theme.year.duplicate");
        assertThatThrownBy(() -> service.createTheme(SECRETARIAT, new ThemeCommand(2025, "x".repeat(501), null, null)))
                .extracting("messageKey").isEqualTo("awareness.text.tooLong");
        assertThatThrownBy(() -> service.createAdoption(SECRETARIAT, new AdoptionCommand("ECU", 2019, null, null)))
                .extracting("messageKey").isEqualTo("awareness.adoption.country.duplicate");
        assertThatThrownBy(() -> service.createAdoption(SECRETARIAT, new AdoptionCommand("ITA", null, null, null)))
                .extracting("messageKey").isEqualTo("awareness.adoption.when.required");
        assertThatThrownBy(() -> service.createAdoption(SECRETARIAT, new AdoptionCommand("ITA", 2009, null, null)))
                .extracting("messageKey").isEqualTo("awareness.adoption.year.range");
        assertThatThrownBy(() -> service.createAdoption(SECRETARIAT, new AdoptionCommand("ITA", null, LocalDate.of(2100, 1, 1), null)))
                .extracting("messageKey").isEqualTo("awareness.adoption.knownBy.range");
        assertThatThrownBy(() -> service.createAdoption(SECRETARIAT, new AdoptionCommand("ITA", 2015, LocalDate.of(2014, 1, 1), null)))
                .extracting("messageKey").isEqualTo("awareness.adoption.knownBy.beforeYear");
        assertThat(jdbc.queryForObject("select count(*) from blue_heart_adoption a join participant p on p.id = a.participant_id"
                + " where p.iso3 = 'ITA'", Integer.class)).isZero();
    }
}
