package org.tiptracker.reporting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.tiptracker.account.AppUserEntity;
import org.tiptracker.account.AppUserRepository;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.treaty.persistence.ParticipantRepository;

/** Test data for the report pages: open cycles with unique titles, a focal point of another State. */
final class ReportTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ReportTestSupport() {
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
    }

    /** An open cycle for 2024–2025 asking Argentina and {@code otherIso3}. */
    static long openCycle(CycleService cycles, String otherIso3) {
        String title = unique("cycle");
        return cycles.create("secretariat", new CycleCommand("دورة اختبار " + title, "Test cycle " + title, "NV/" + title,
                "A/RES/79/1", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31),
                CycleStatus.OPEN, Set.of("ARG", otherIso3))).id();
    }

    /** A focal-point account for the State {@code iso3}; returns the user name. */
    static String focalPoint(AppUserRepository users, ParticipantRepository participants, String iso3) {
        String username = unique("focal." + iso3.toLowerCase());
        users.saveAndFlush(new AppUserEntity(username, "{noop}not-used", "FOCAL_POINT",
                participants.findByIso3(iso3).orElseThrow(), Instant.now()));
        return username;
    }

    /** The form fields of one measure. */
    static List<String> measure(int i, String heading, String type, String title, String description, String start) {
        List<String> out = new ArrayList<>();
        String p = "measures[" + i + "].";
        out.addAll(List.of(p + "heading", heading, p + "typeCode", type, p + "title", title, p + "description", description,
                p + "startDate", start));
        return out;
    }
}
