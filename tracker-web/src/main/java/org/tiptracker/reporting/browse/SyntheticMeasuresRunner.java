package org.tiptracker.reporting.browse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tiptracker.reporting.persistence.SyntheticMeasures;

/**
 * With {@code tracker.synthetic.measures=N} (environment: {@code TRACKER_SYNTHETIC_MEASURES}),
 * replaces the synthetic measures by N new ones at startup, after the reference data is loaded
 * (for benchmarks; see docs/benchmarks/measures-benchmark.sh). {@code tracker.synthetic.seed}
 * chooses the data.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "tracker.synthetic.measures")
class SyntheticMeasuresRunner implements ApplicationRunner {

    private final SyntheticMeasures synthetic;
    private final int count;
    private final long seed;

    SyntheticMeasuresRunner(SyntheticMeasures synthetic, @Value("${tracker.synthetic.measures}") int count,
                            @Value("${tracker.synthetic.seed:2026}") long seed) {
        this.synthetic = synthetic;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count > 0) {
            synthetic.generate(count, seed);
        }
    }
}
