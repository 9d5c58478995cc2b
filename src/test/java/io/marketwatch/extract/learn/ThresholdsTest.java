package io.marketwatch.extract.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final Thresholds thresholds = new Thresholds(0.1, 0.8);

    @Test
    void theRulesAcceptanceStandsUnlessTheModelVetoesIt() {
        assertThat(thresholds.accepts(true, 0.1, false)).isTrue();
        assertThat(thresholds.accepts(true, 0.09, true)).isFalse();
    }

    @Test
    void theModelAdmitsWhatTheRulesRejectedOnlyFromAdmitAndWhenItMay() {
        assertThat(thresholds.accepts(false, 0.8, true)).isTrue();
        assertThat(thresholds.accepts(false, 0.79, true)).isFalse();
        assertThat(thresholds.accepts(false, 0.99, false)).isFalse();
    }

    @Test
    void aVetoAboveTheAdmitThresholdIsRefused() {
        assertThatThrownBy(() -> new Thresholds(0.9, 0.5)).hasMessageContaining("veto 0.9 above admit 0.5");
    }
}
