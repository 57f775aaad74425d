package org.tiptracker.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiptracker.account.SignInAccounts;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.reporting.persistence.SubmitResult;

/**
 * Demonstration data, with the embedded database only (like the demo accounts): a closed cycle
 * shaped on the Secretary-General's report of 1 July 2016 (period 18 December 2013 to 1 April
 * 2016; the 33 states of its para. 5 answered, every answer accepted by 30 May 2016), an open
 * cycle in which focal points can work, and focal-point accounts for a few of those states.
 * The measures are illustrations marked as such. Loaded once: skipped when a demo cycle exists.
 */
@DemoData
@Order(20)
class DemoDataLoader implements ApplicationRunner {

    /** The states that answered by 30 May 2016 (seed 001, para. 5), in the paragraph's order. */
    static final List<String> PARA_5_RESPONDENTS = List.of("RUS", "ARG", "ARM", "ESP", "AUS", "EST", "ISR", "ECU",
            "DEU", "BRA", "PER", "BLR", "THA", "TUR", "TUN", "MNE", "DZA", "DNK", "SWZ", "SWE", "CHL", "CHN", "FRA",
            "VNM", "CAN", "COL", "LBN", "LIE", "MLT", "SAU", "MUS", "AUT", "USA");
    static final String FOCAL_PASSWORD = "focal-demo-2026";
    /** Focal-point accounts created here (focal.argentina comes with the demo accounts). */
    static final List<List<String>> FOCAL_POINTS = List.of(List.of("focal.peru", "PER"),
            List.of("focal.tunisia", "TUN"), List.of("focal.lebanon", "LBN"));
    static final LocalDate FIRST_SUBMISSION = LocalDate.of(2016, 1, 11);

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);

    private final CycleService cycles;
    private final MeasureReportService reports;
    private final SignInAccounts accounts;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataLoader(CycleService cycles, MeasureReportService reports, SignInAccounts accounts, PasswordEncoder encoder, JdbcTemplate jdbc, TransactionTemplate transaction,
                   Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.accounts = accounts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            accounts();
            Integer existing = jdbc.queryForObject("select count(*) from reporting_cycle where demo", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            long closed = closedCycle();
            long open = openCycle();
            log.info("Demonstration cycles {} (closed) and {} (open) loaded", closed, open);
        });
    }

    private void accounts() {
        String hash = null;
        for (List<String> focal : FOCAL_POINTS) {
            if (accounts.find(focal.get(0)).isPresent()) {
                continue;
            }
            hash = hash == null ? encoder.encode(FOCAL_PASSWORD) : hash;
            if (accounts.createIfAbsent(focal.get(0), hash, "FOCAL_POINT", focal.get(1), clock.instant())) {
                log.info("Account '{}' (FOCAL_POINT) created", focal.get(0));
            }
        }
    }

    /** A cycle created by the secretariat, marked as demonstration data; its id. */
    private long demoCycle(CycleCommand command) {
        long id = cycles.create(SECRETARIAT.username(), command).id();
        jdbc.update("update reporting_cycle set demo = true where id = ?", id);
        return id;
    }

    /** The 2016 cycle: all 33 answers submitted and accepted between January and May 2016, then closed. */
    private long closedCycle() {
        LocalDate from = LocalDate.of(2013, 12, 18);
        LocalDate to = LocalDate.of(2016, 4, 1);
        long id = demoCycle(new CycleCommand(
                "ردود الدول الأعضاء على المذكرة الشفوية بشأن تنفيذ خطة العمل العالمية لمكافحة الاتجار بالأشخاص (بيانات إيضاحية)",
                "Member States' replies to the note verbale on the Global Plan of Action to Combat Trafficking in Persons (demonstration data)",
                "CU 2016/12 (demo)", "A/RES/70/179", from, to, LocalDate.of(2016, 4, 30), CycleStatus.OPEN, Set.of()));
        for (int i = 0; i < PARA_5_RESPONDENTS.size(); i++) {
            ReportSnapshot report = reports.open(SECRETARIAT, id, participant(PARA_5_RESPONDENTS.get(i)));
            ReportSnapshot submitted = submit(report, DemoMeasures.forState(i, from, to));
            reports.accept(SECRETARIAT, submitted.id(), submitted.version());
            // Answers came in over four months, in an order unrelated to the names; each accepted a few days later.
            LocalDate submittedOn = FIRST_SUBMISSION.plusDays(4L * ((i * 7) % PARA_5_RESPONDENTS.size()));
            LocalDate acceptedOn = submittedOn.plusDays(3 + i % 4);
            jdbc.update("update measure_report set created_at = ?, updated_at = ?, submitted_at = ?, submitted_by = ?,"
                            + " decided_at = ? where id = ?",
                    at(submittedOn.minusDays(10)), at(acceptedOn), at(submittedOn), "secretariat", at(acceptedOn),
                    submitted.id());
        }
        jdbc.update("update reporting_cycle set status = 'CLOSED' where id = ?", id);
        return id;
    }

    /** The next cycle, open: Argentina drafting, Peru and Mauritius submitted, Tunisia returned, Chile accepted. */
    private long openCycle() {
        LocalDate from = LocalDate.of(2016, 4, 2);
        LocalDate to = LocalDate.of(2018, 3, 31);
        long id = demoCycle(new CycleCommand(
                "ردود الدول الأعضاء على المذكرة الشفوية بشأن تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص، ٢٠١٨ (بيانات إيضاحية)",
                "Member States' replies to the note verbale on improving the coordination of efforts against trafficking in persons, 2018 (demonstration data)",
                "CU 2018/3 (demo)", "A/RES/72/195", from, to, LocalDate.of(2018, 4, 30), CycleStatus.OPEN, Set.of()));
        ReportSnapshot argentina = reports.open(SECRETARIAT, id, participant("ARG"));
        reports.saveDraft(SECRETARIAT, argentina.id(), argentina.version(),
                DemoMeasures.forState(1, from, to).subList(0, 2));
        submit(reports.open(SECRETARIAT, id, participant("PER")), DemoMeasures.forState(10, from, to));
        submit(reports.open(SECRETARIAT, id, participant("MUS")), DemoMeasures.forState(30, from, to));
        ReportSnapshot tunisia = submit(reports.open(SECRETARIAT, id, participant("TUN")),
                DemoMeasures.forState(14, from, to));
        reports.returnForRevision(SECRETARIAT, tunisia.id(), tunisia.version(),
                "يرجى ذكر أعداد الضحايا الذين جرى التعرف عليهم خلال الفترة المشمولة. (محتوى إيضاحي)");
        ReportSnapshot chile = submit(reports.open(SECRETARIAT, id, participant("CHL")),
                DemoMeasures.forState(20, from, to));
        reports.accept(SECRETARIAT, chile.id(), chile.version());
        return id;
    }

    private ReportSnapshot submit(ReportSnapshot report, List<Measure> measures) {
        SubmitResult result = reports.submit(SECRETARIAT, report.id(), report.version(), measures);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("demonstration report refused: " + result.problems());
        }
        return result.report();
    }

    /** The participant's id in the database. */
    private long participant(String iso3) {
        return jdbc.queryForList("select id from participant where iso3 = ?", Long.class, iso3).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no participant " + iso3));
    }

    private java.sql.Timestamp at(LocalDate day) {
        ZoneId zone = clock.getZone();
        Instant instant = day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        return java.sql.Timestamp.from(instant);
    }
}
