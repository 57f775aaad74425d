package org.tiptracker.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ActionKindTests {

    @Test
    void instrumentsAndNotifications() {
        assertThat(Arrays.stream(ActionKind.values()).filter(ActionKind::isInstrument))
                .containsExactly(ActionKind.RATIFICATION, ActionKind.ACCEPTANCE, ActionKind.APPROVAL,
                        ActionKind.ACCESSION, ActionKind.SUCCESSION);
        assertThat(Arrays.stream(ActionKind.values()).filter(ActionKind::isNotification))
                .containsExactly(ActionKind.DECLARATION, ActionKind.RESERVATION, ActionKind.OBJECTION,
                        ActionKind.WITHDRAWAL_OF_RESERVATION, ActionKind.DENUNCIATION);
        assertThat(ActionKind.SIGNATURE.isInstrument()).isFalse();
        assertThat(ActionKind.SIGNATURE.isNotification()).isFalse();
    }

    @Test
    void untcMarkers() {
        assertThat(ActionKind.RATIFICATION.marker()).isEmpty();
        assertThat(ActionKind.ACCEPTANCE.marker()).isEqualTo("A");
        assertThat(ActionKind.APPROVAL.marker()).isEqualTo("AA");
        assertThat(ActionKind.ACCESSION.marker()).isEqualTo("a");
        assertThat(ActionKind.SUCCESSION.marker()).isEqualTo("d");
        assertThat(ActionKind.SIGNATURE.marker()).isEmpty();
        assertThat(ActionKind.RESERVATION.marker()).isEmpty();
    }

    @Test
    void markersRoundTripForInstruments() {
        for (ActionKind k : ActionKind.values()) {
            if (k.isInstrument()) {
                assertThat(ActionKind.fromMarker(k.marker())).contains(k);
            }
        }
        assertThat(ActionKind.fromMarker(" a ")).contains(ActionKind.ACCESSION);
        assertThat(ActionKind.fromMarker("D")).isEmpty();
        assertThat(ActionKind.fromMarker("x")).isEmpty();
        assertThat(ActionKind.fromMarker(null)).isEmpty();
    }

    @Test
    void parsesNames() {
        assertThat(ActionKind.parse("accession")).contains(ActionKind.ACCESSION);
        assertThat(ActionKind.parse("Withdrawal of reservation")).contains(ActionKind.WITHDRAWAL_OF_RESERVATION);
        assertThat(ActionKind.parse("")).isEmpty();
        assertThat(ActionKind.parse(null)).isEmpty();
    }
}
