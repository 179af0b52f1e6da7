package org.breakeven.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.breakeven.TestTables;
import org.breakeven.bill.Conventions;
import org.breakeven.bill.LineItem;
import org.breakeven.workload.HourlyProfile;
import org.breakeven.workload.Workload;
import org.junit.jupiter.api.Test;

/**
 * An ALB's capacity units (issue 9, item 5): billed in each hour on the largest of new connections (25 per second per
 * LCU), active connections (3,000 per LCU) and processed bytes (1 GB per LCU-hour), summed over the month; at 0.008
 * USD per LCU-hour.
 */
class CapacityUnitsByHourTest {

    private static LineItem lcus(LoadBalancers lbs, Workload workload, long requests) {
        Cluster cluster = Cluster.of("m5.large", NodeSizing.fixed(2)).withLoadBalancers(lbs);
        return ClusterModel.billModel(cluster, TestTables.usEast1(), workload, Conventions.DEFAULT).bill(requests)
                .item("Load balancer capacity units (ALB)");
    }

    /**
     * Hour by hour with the businessHours profile, at 90M requests a month: a busy hour holds 2 * 90M / 730 =
     * 246,575.34 requests, 68.49 a second, 2.740 LCUs by new connections (68.49 / 25); a quiet hour 2 * 90M / 5,110
     * = 35,225.05 requests, 0.391 LCUs. A day is 10 busy hours and 14 quiet ones, 27.397 + 5.479 = 32.877 LCU-hours,
     * and the month 730 / 24 days of them: 1,000 LCU-hours, 8.00 USD, which is also 90M / (3,600 * 25), the month's
     * average. The same dimension is the largest in every hour, so the profile cannot change the sum.
     */
    @Test
    void lcuHours_largestDimensionOfEachHourSummed() {
        HourlyProfile profile = HourlyProfile.shape("businessHours");
        BigDecimal requests = BigDecimal.valueOf(90_000_000);
        BigDecimal day = BigDecimal.ZERO;
        for (int h = 0; h < 24; h++) {
            BigDecimal inHour = profile.requestsInHour(h, requests, 730);
            day = day.add(inHour.divide(BigDecimal.valueOf(3600 * 25), MathContext.DECIMAL128));
        }
        BigDecimal month = day.multiply(BigDecimal.valueOf(730)).divide(BigDecimal.valueOf(24), MathContext.DECIMAL128);

        LineItem line = lcus(LoadBalancers.alb(1), Workload.of(0).withProfile(profile), 90_000_000);

        assertThat(month).isCloseTo(new BigDecimal("1000"), org.assertj.core.api.Assertions.within(new BigDecimal("1e-20")));
        assertThat(line.quantity()).isEqualByComparingTo("1000");
        assertThat(line.amount().amount()).isEqualByComparingTo("8.00");
        assertThat(lcus(LoadBalancers.alb(1), Workload.of(0), 90_000_000).quantity()).isEqualByComparingTo("1000");
    }

    /**
     * Connections kept open 300 s: 90M requests a month are 34.25 new connections a second, 10,274 open at once,
     * 3.42 LCUs against 1.37 by new connections; per request 300 / (3,600 * 3,000) LCU-hours, 2,500 LCU-hours at
     * 90M, 20.00 USD. At 60 s the active connections, 90M * 60 / 10.8e6 = 500 LCU-hours, are below the new
     * connections' 1,000 and change nothing.
     */
    @Test
    void lcuHours_activeConnectionsDecideAbove120Seconds() {
        assertThat(lcus(LoadBalancers.alb(1).withKeepAliveSeconds(300), Workload.of(0), 90_000_000).quantity())
                .isEqualByComparingTo("2500");
        assertThat(lcus(LoadBalancers.alb(1).withKeepAliveSeconds(300), Workload.of(0), 90_000_000).amount().amount())
                .isEqualByComparingTo("20.00");
        assertThat(lcus(LoadBalancers.alb(1).withKeepAliveSeconds(60), Workload.of(0), 90_000_000).quantity())
                .isEqualByComparingTo("1000");
    }

    /**
     * Bytes decide when they are the largest: 50 KB a request is 50 / 10^6 LCU-hours, 4,500 at 90M, above 300 s of
     * keep-alive's 2,500.
     */
    @Test
    void lcuHours_bytesAboveBoth() {
        LoadBalancers lbs = new LoadBalancers("ALB", 1, 1, 50, 300);

        assertThat(lcus(lbs, Workload.of(0), 90_000_000).quantity()).isEqualByComparingTo("4500");
    }

    @Test
    void keepAliveSeconds_range() {
        assertThat(LoadBalancers.alb(1).keepAliveSeconds()).isZero();
        assertThat(new LoadBalancers("ALB", 1, 1, 0)).isEqualTo(new LoadBalancers("ALB", 1, 1, 0, 0));
        assertThatThrownBy(() -> LoadBalancers.alb(1).withKeepAliveSeconds(4001))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("loadBalancers.keepAliveSeconds must be between 0 and 4000 s but was: 4001");
    }
}
