package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParticipantTests {

    private static final LocalDate RENAMED = LocalDate.of(2018, 4, 19);

    private static Participant eswatini() {
        return new Participant("SWZ", "748", ParticipantKind.STATE, "Africa", List.of(
                new ParticipantName("إسواتيني", "Eswatini", RENAMED, null),
                new ParticipantName("سوازيلند", "Swaziland", null, RENAMED)));
    }

    @Test
    void nameValidity() {
        ParticipantName n = new ParticipantName("سوازيلند", "Swaziland", LocalDate.of(1968, 9, 6), RENAMED);

        assertThat(n.validOn(LocalDate.of(1968, 9, 6))).isTrue();
        assertThat(n.validOn(RENAMED.minusDays(1))).isTrue();
        assertThat(n.validOn(RENAMED)).isFalse();
        assertThat(n.validOn(LocalDate.of(1968, 9, 5))).isFalse();
        assertThat(ParticipantName.since("a", "b", null).validOn(LocalDate.MIN)).isTrue();
    }

    @Test
    void nameOnPicksThePeriod() {
        Participant p = eswatini();

        assertThat(p.nameOn(LocalDate.of(2016, 5, 30)).nameAr()).isEqualTo("سوازيلند");
        assertThat(p.nameOn(RENAMED.minusDays(1)).nameEn()).isEqualTo("Swaziland");
        assertThat(p.nameOn(RENAMED).nameEn()).isEqualTo("Eswatini");
        assertThat(p.currentName().nameAr()).isEqualTo("إسواتيني");
        assertThat(p.names()).extracting(ParticipantName::nameEn).containsExactly("Swaziland", "Eswatini");
    }

    @Test
    void nameOnFallsBackSensibly() {
        LocalDate a = LocalDate.of(2000, 1, 1);
        LocalDate b = LocalDate.of(2005, 1, 1);
        LocalDate c = LocalDate.of(2010, 1, 1);
        Participant p = new Participant("ABC", null, ParticipantKind.STATE, null, List.of(
                new ParticipantName("أ", "First", a, b),
                new ParticipantName("ب", "Second", c, LocalDate.of(2020, 1, 1))));

        assertThat(p.nameOn(LocalDate.of(1990, 1, 1)).nameEn()).isEqualTo("First");
        assertThat(p.nameOn(LocalDate.of(2007, 1, 1)).nameEn()).isEqualTo("First");
        assertThat(p.nameOn(LocalDate.of(2030, 1, 1)).nameEn()).isEqualTo("Second");
        assertThat(p.currentName().nameEn()).isEqualTo("Second");
    }

    @Test
    void invariants() {
        ParticipantName any = ParticipantName.since("أ", "A", null);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Participant("swz", "748", ParticipantKind.STATE, "Africa", List.of(any)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Participant("SW", "748", ParticipantKind.STATE, "Africa", List.of(any)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Participant("SWZ", "74", ParticipantKind.STATE, "Africa", List.of(any)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Participant("SWZ", "748", ParticipantKind.STATE, "Africa", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Participant("SWZ", "748",
                ParticipantKind.STATE, "Africa", List.of(any, ParticipantName.since("ب", "B", RENAMED))));
        assertThatIllegalArgumentException().isThrownBy(() -> new Participant("SWZ", "748",
                ParticipantKind.STATE, "Africa", List.of(
                        new ParticipantName("أ", "A", null, RENAMED.plusDays(1)),
                        ParticipantName.since("ب", "B", RENAMED))));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ParticipantName("أ", "A", RENAMED, RENAMED));
        assertThatIllegalArgumentException().isThrownBy(() -> new ParticipantName(" ", "A", null, null));
    }

    @Test
    void theEuropeanUnionHasNoM49CodeOrRegion() {
        Participant eu = Participant.of("EUU", null, ParticipantKind.REGIONAL_ORGANIZATION, null,
                "الاتحاد الأوروبي", "European Union");

        assertThat(eu.currentName().nameEn()).isEqualTo("European Union");
    }

    @Test
    void knownFormerNamesAreValidData() {
        assertThat(KnownFormerNames.all()).extracting(KnownFormerNames.FormerName::iso3)
                .containsExactly("CZE", "SWZ", "MKD", "TUR");
        assertThat(KnownFormerNames.of("TUR")).singleElement()
                .satisfies(n -> assertThat(n.nameAr()).isEqualTo("تركيا"));
        assertThat(KnownFormerNames.of("FRA")).isEmpty();
    }

    @Test
    void formerNamesCombineWithTodaysNames() {
        Participant cze = new Participant("CZE", "203", ParticipantKind.STATE, "Europe",
                KnownFormerNames.withCurrent("CZE", "تشيكيا", "Czechia"));

        // The SG report of 1 July 2016 (status as of 30 May 2016) prints the former name.
        assertThat(cze.nameOn(LocalDate.of(2016, 5, 30)).nameAr()).isEqualTo("الجمهورية التشيكية");
        assertThat(cze.nameOn(LocalDate.of(2016, 7, 1)).nameEn()).isEqualTo("Czech Republic");
        assertThat(cze.nameOn(LocalDate.of(2017, 1, 1)).nameAr()).isEqualTo("تشيكيا");

        Participant mkd = new Participant("MKD", "807", ParticipantKind.STATE, "Europe",
                KnownFormerNames.withCurrent("MKD", "مقدونيا الشمالية", "North Macedonia"));
        assertThat(mkd.nameOn(LocalDate.of(2019, 2, 13)).nameEn()).isEqualTo("The former Yugoslav Republic of Macedonia");
        assertThat(mkd.nameOn(LocalDate.of(2019, 2, 14)).nameEn()).isEqualTo("North Macedonia");

        Participant fra = new Participant("FRA", "250", ParticipantKind.STATE, "Europe",
                KnownFormerNames.withCurrent("FRA", "فرنسا", "France"));
        assertThat(fra.names()).singleElement().satisfies(n -> assertThat(n.validFrom()).isNull());
    }
}
