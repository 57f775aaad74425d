package org.tiptracker.globalreport.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.globalreport.ConvictionBand;
import org.tiptracker.globalreport.CriminalizationShares;
import org.tiptracker.globalreport.CriminalizationStatus;

/** Editions and country rows on PostgreSQL: reference data loaded once, rules, access, audit, conflicts. */
@SpringBootTest
class GlobalReportServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final Actor ANALYST = new Actor("analyst", "ANALYST", null);

    @Autowired
    GlobalReportService service;

    @Autowired
    GlobalReportReferenceLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    static EditionCommand edition(int year, String source) {
        return new EditionCommand(year, null, year, null, year - 3, year - 1, null, null, null, null, null, source);
    }

    @Test
    void theReferenceEditionsAndFindingsAreLoadedOnce() {
        assertThat(service.editions()).extracting(GlobalReportViews.Edition::year).contains(2014, 2016, 2018);
        GlobalReportViews.Edition e2014 = service.editions().stream().filter(e -> e.year() == 2014).findFirst().orElseThrow();
        assertThat(e2014.countriesCovered()).isEqualTo(128);
        assertThat(e2014.legislationMonth()).isEqualTo(8);
        assertThat(e2014.demo()).isFalse();
        assertThat(service.findings(e2014.id())).extracting(GlobalReportViews.Finding::kind)
                .contains("FULL_CRIMINALIZATION", "CHILDREN_SHARE", "ORIGIN_COUNTRIES");
        assertThat(loader.load()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from global_report_edition where year = 2014", Integer.class)).isEqualTo(1);
    }

    @Test
    void sharesAreComputedFromTheRowsOfAnEdition() {
        long id = service.createEdition(SECRETARIAT, edition(2009, "test")).id();
        service.addCountry(SECRETARIAT, id, new CountryCommand("fra", CriminalizationStatus.FULL, ConvictionBand.TEN_OR_MORE));
        service.addCountry(SECRETARIAT, id, new CountryCommand("TUN", CriminalizationStatus.FULL, ConvictionBand.UNDER_10));
        service.addCountry(SECRETARIAT, id, new CountryCommand("PER", CriminalizationStatus.PARTIAL, null));
        service.addCountry(SECRETARIAT, id, new CountryCommand("CHL", CriminalizationStatus.NONE, ConvictionBand.NONE));
        CriminalizationShares shares = service.shares(id);
        assertThat(shares.total()).isEqualTo(4);
        assertThat(shares.percent(CriminalizationStatus.FULL)).isEqualTo(50);
        assertThat(shares.percent(ConvictionBand.NONE)).isEqualTo(25);
        assertThat(shares.withoutBand()).isEqualTo(1);
        assertThatThrownBy(() -> service.addCountry(SECRETARIAT, id, new CountryCommand("FRA", CriminalizationStatus.NONE, null)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("globalreport.country.duplicate");
        assertThatThrownBy(() -> service.addCountry(SECRETARIAT, id, new CountryCommand("ZZZ", CriminalizationStatus.NONE, null)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("globalreport.country.unknown");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'GlobalReportCountry'"
                + " and operation = 'CREATE' and summary like 'Global Report 2009:%'", Integer.class)).isEqualTo(4);
    }

    @Test
    void onlyTheSecretariatChangesAndAStaleVersionIsRefused() {
        assertThatThrownBy(() -> service.createEdition(ANALYST, edition(2011, "x"))).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForObject("select count(*) from global_report_edition where year = 2011", Integer.class)).isZero();
        GlobalReportViews.Edition created = service.createEdition(SECRETARIAT, edition(2011, "first"));
        service.updateEdition(SECRETARIAT, created.id(), created.version(), edition(2011, "second"));
        assertThatThrownBy(() -> service.updateEdition(SECRETARIAT, created.id(), created.version(), edition(2011, "third")))
                .isInstanceOf(ConflictException.class);
        assertThat(service.edition(created.id()).source()).isEqualTo("second");
        assertThat(jdbc.queryForList("select operation from audit_entry where entity_type = 'GlobalReportEdition' and entity_id = ?"
                + " order by id", String.class, created.id())).isEqualTo(List.of("CREATE", "UPDATE"));
    }

    @Test
    void editionRulesAreChecked() {
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT, edition(2008, "x")))
                .extracting("messageKey").isEqualTo("globalreport.year.range");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT, edition(2014, "x")))
                .extracting("messageKey").isEqualTo("globalreport.year.duplicate");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT, edition(2010, " ")))
                .extracting("messageKey").isEqualTo("globalreport.source.required");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT,
                new EditionCommand(2010, null, null, 5, null, null, null, null, null, null, null, "x")))
                .extracting("messageKey").isEqualTo("globalreport.published.monthWithoutYear");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT,
                new EditionCommand(2010, null, null, null, null, null, null, 2010, 13, null, null, "x")))
                .extracting("messageKey").isEqualTo("globalreport.month.range");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT,
                new EditionCommand(2010, null, null, null, null, null, null, null, null, 2012, 2010, "x")))
                .extracting("messageKey").isEqualTo("globalreport.convictions.order");
        assertThatThrownBy(() -> service.createEdition(SECRETARIAT,
                new EditionCommand(2010, null, null, null, null, null, 0, null, null, null, null, "x")))
                .extracting("messageKey").isEqualTo("globalreport.countriesCovered.range");
        assertThat(jdbc.queryForObject("select count(*) from global_report_edition where year = 2010", Integer.class)).isZero();
    }
}
