package org.tiptracker.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The beans a web slice needs that the application gets from the persistence module: a clock (fixed). */
@TestConfiguration
class WebSliceParts {

    @Bean
    Clock clock() {
        return Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    }
}
