package org.breakeven.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A workload carries an hourly profile: flat unless given, kept by every copy, shown when not flat. */
class WorkloadProfileTest {

    private static final HourlyProfile BUSINESS = HourlyProfile.shape("businessHours");

    @Test
    void constructor_simpleFormIsFlat() {
        assertThat(new Workload(1_000, 2).profile()).isSameAs(HourlyProfile.FLAT);
        assertThat(Workload.of(1_000).profile()).isSameAs(HourlyProfile.FLAT);
        assertThat(new Workload(1_000, 2)).isEqualTo(new Workload(1_000, 2, HourlyProfile.FLAT));
    }

    @Test
    void withProfile_keptByEveryCopy() {
        Workload w = Workload.of(1_000).withProfile(BUSINESS);

        assertThat(w.profile()).isEqualTo(BUSINESS);
        assertThat(w.withRequestsPerMonth(5).profile()).isEqualTo(BUSINESS);
        assertThat(w.withPeakToAverageRatio(3).profile()).isEqualTo(BUSINESS);
        assertThat(w).isNotEqualTo(Workload.of(1_000));
    }

    @Test
    void constructor_nullProfile() {
        assertThatThrownBy(() -> new Workload(1, 1, null)).isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("profile");
    }

    @Test
    void toString_showsAProfileThatIsNotFlat() {
        assertThat(Workload.of(1_000_000)).hasToString("1,000,000 requests/month, peak 1.0x average");
        assertThat(Workload.of(1_000_000).withProfile(BUSINESS))
                .hasToString("1,000,000 requests/month, peak 1.0x average, 24-hour profile, peak 2x the average from"
                        + " hour 8");
    }
}
