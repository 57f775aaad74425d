package org.tiptracker.reporting.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;

/**
 * Synthetic measures for benchmarks and load tests: {@code N} measures spread over synthetic
 * reporting cycles (closed, marked "(بيانات اصطناعية)" / "(synthetic data)", note reference
 * {@code SYNTHETIC/…}) and every participant, with Arabic titles and descriptions built from a
 * vocabulary in which some words are common (الاتجار بالأشخاص) and others rare (صيد, الطوب), and
 * with the spelling variants users type (hamza, ة/ه, diacritics). Reports are accepted, submitted,
 * returned or drafts in realistic shares.
 *
 * <p>Rerunnable: {@link #generate} first removes the synthetic data of an earlier run; nothing
 * else is touched. Rows are written with PostgreSQL's COPY (200 000 measures in seconds).
 */
@Service
public class SyntheticMeasures {

    public static final String MARKER_AR = "(بيانات اصطناعية)";
    public static final String MARKER_EN = "(synthetic data)";
    public static final String NOTE_PREFIX = "SYNTHETIC/";
    public static final String USER = "synthetic";
    private static final int MAX_CYCLES = 10;
    private static final int CHUNK = 2000;

    private static final Logger log = LoggerFactory.getLogger(SyntheticMeasures.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public SyntheticMeasures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** What one run created. */
    public record Result(int cycles, int reports, int measures, long millis) {
    }

    /** Removes the synthetic cycles with their reports and measures; returns how many measures went. */
    @Transactional
    public int remove() {
        int measures = jdbc.update("delete from measure where report_id in (select r.id from measure_report r"
                + " join reporting_cycle c on c.id = r.cycle_id where c.note_reference like ?)", NOTE_PREFIX + "%");
        jdbc.update("delete from measure_report where cycle_id in (select id from reporting_cycle where note_reference like ?)",
                NOTE_PREFIX + "%");
        jdbc.update("delete from reporting_cycle where note_reference like ?", NOTE_PREFIX + "%");
        return measures;
    }

    /** Replaces the synthetic data by {@code count} new measures; the same seed gives the same data. */
    @Transactional
    public Result generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        long started = System.currentTimeMillis();
        remove();
        List<Long> participants = jdbc.queryForList("select id from participant order by iso3", Long.class);
        if (count == 0 || participants.isEmpty()) {
            return new Result(0, 0, 0, System.currentTimeMillis() - started);
        }
        Random random = new Random(seed);
        int cycleCount = (int) Math.max(1, Math.min(MAX_CYCLES, count / (participants.size() * 20L)));
        List<Long> cycles = new ArrayList<>();
        List<LocalDate[]> periods = new ArrayList<>();
        for (int k = 1; k <= cycleCount; k++) {
            LocalDate start = LocalDate.of(2024 - 2 * (cycleCount - k), 1, 1);
            LocalDate end = start.plusYears(2).minusDays(1);
            Long id = jdbc.queryForObject("""
                    insert into reporting_cycle (title_ar, title_en, note_reference, resolution, period_start, period_end,
                        deadline, status, demo, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, 'CLOSED', true, ?) returning id""", Long.class,
                    "الدورة " + k + " " + MARKER_AR, "Cycle " + k + " " + MARKER_EN, NOTE_PREFIX + k, "A/RES/0/" + k,
                    start, end, end.plusMonths(3), USER);
            cycles.add(id);
            periods.add(new LocalDate[] {start, end});
            jdbc.update("insert into cycle_participant (cycle_id, participant_id) select ?, id from participant", id);
        }
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                PGConnection pg = connection.unwrap(PGConnection.class);
                StringBuilder reports = new StringBuilder();
                for (Long cycle : cycles) {
                    for (Long participant : participants) {
                        ReportStatus status = status(random);
                        boolean sent = status != ReportStatus.DRAFT;
                        reports.append(cycle).append('\t').append(participant).append('\t').append(status.name()).append('\t')
                                .append(sent ? "2025-01-01 00:00:00+00" : "\\N").append('\t').append(sent ? USER : "\\N")
                                .append('\t').append(USER).append('\n');
                    }
                }
                copy(pg, "copy measure_report (cycle_id, participant_id, status, submitted_at, submitted_by, updated_by)"
                        + " from stdin", reports);
                List<Map<String, Object>> reportRows = jdbc.queryForList(
                        "select r.id, r.cycle_id from measure_report r join reporting_cycle c on c.id = r.cycle_id"
                                + " where c.note_reference like ? order by r.id", NOTE_PREFIX + "%");
                int[] perReport = new int[reportRows.size()];
                for (int i = 0; i < count; i++) {
                    perReport[random.nextInt(perReport.length)]++;
                }
                // The text indexes (trigrams, words) are built once after the rows are in, much faster than row by row.
                List<String> trigramIndexes = jdbc.queryForList("select indexdef from pg_indexes where tablename = 'measure'"
                        + " and (indexdef like '%gin_trgm_ops%' or indexdef like '%search_hashes%')", String.class);
                if (count >= 1_000) {
                    for (String definition : trigramIndexes) {
                        jdbc.execute("drop index " + definition.replaceFirst("(?i)^create index (\\S+) on .*$", "$1"));
                    }
                }
                StringBuilder chunk = new StringBuilder(CHUNK * 1200);
                CopyIn copy = pg.getCopyAPI().copyIn("copy measure (report_id, position, heading, type_code, title,"
                        + " description, start_date, end_date, target_groups, forms, investigations, prosecutions,"
                        + " convictions, victims_identified, victims_assisted, people_trained, recommendation_ref,"
                        + " resolution_ref, search_text) from stdin");
                try {
                    int rows = 0;
                    for (int r = 0; r < perReport.length; r++) {
                        long reportId = ((Number) reportRows.get(r).get("id")).longValue();
                        LocalDate[] period = periods.get(cycles.indexOf(((Number) reportRows.get(r).get("cycle_id")).longValue()));
                        for (int position = 0; position < perReport[r]; position++) {
                            appendMeasure(chunk, random, reportId, position, period);
                            if (++rows % CHUNK == 0) {
                                write(copy, chunk);
                            }
                        }
                    }
                    write(copy, chunk);
                    copy.endCopy();
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                if (count >= 1_000) {
                    jdbc.execute("set local maintenance_work_mem = '256MB'");
                    trigramIndexes.forEach(jdbc::execute);
                }
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not write the synthetic measures", e);
        }
        jdbc.execute("analyze measure");
        jdbc.execute("analyze measure_report");
        jdbc.execute("analyze search_entry_measure");
        Result result = new Result(cycleCount, cycleCount * participants.size(), count, System.currentTimeMillis() - started);
        log.info("Synthetic data: {} measures in {} reports of {} cycles, written in {} ms", result.measures(),
                result.reports(), result.cycles(), result.millis());
        return result;
    }

    private static void copy(PGConnection pg, String sql, StringBuilder rows) throws SQLException, IOException {
        CopyIn copy = pg.getCopyAPI().copyIn(sql);
        write(copy, rows);
        copy.endCopy();
    }

    private static void write(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static ReportStatus status(Random random) {
        int n = random.nextInt(100);
        return n < 60 ? ReportStatus.ACCEPTED : n < 80 ? ReportStatus.SUBMITTED : n < 90 ? ReportStatus.RETURNED
                : ReportStatus.DRAFT;
    }

    // ---- vocabulary -------------------------------------------------------------------------

    private record Type(String code, MeasureHeading heading, String title) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("LAW_ADOPTED", MeasureHeading.LEGISLATION, "اعتماد قانون"),
            new Type("LAW_ADOPTED", MeasureHeading.LEGISLATION, "تعديل قانون العقوبات"),
            new Type("NATIONAL_ACTION_PLAN", MeasureHeading.LEGISLATION, "خطة عمل وطنية"),
            new Type("COORDINATION_BODY", MeasureHeading.LEGISLATION, "إنشاء لجنة وطنية للتنسيق"),
            new Type("AWARENESS_CAMPAIGN", MeasureHeading.PREVENTION, "حملة توعية"),
            new Type("RESEARCH_DATA", MeasureHeading.PREVENTION, "دراسة استقصائية"),
            new Type("LABOUR_MIGRATION", MeasureHeading.PREVENTION, "تنظيم وكالات التوظيف"),
            new Type("SUPPLY_CHAIN", MeasureHeading.PREVENTION, "العناية الواجبة"),
            new Type("HOTLINE", MeasureHeading.PREVENTION, "خط ساخن"),
            new Type("SPECIALIZED_UNIT", MeasureHeading.PROSECUTION, "وحدة شرطة متخصصة"),
            new Type("TRAINING", MeasureHeading.PROSECUTION, "تدريب القضاة وأعضاء النيابة العامة"),
            new Type("GUIDELINES", MeasureHeading.PROSECUTION, "مبادئ توجيهية للتحقيق"),
            new Type("PROSECUTION_DATA", MeasureHeading.PROSECUTION, "ملاحقات قضائية"),
            new Type("REFERRAL_MECHANISM", MeasureHeading.PROTECTION, "آلية وطنية للإحالة"),
            new Type("SHELTER_SERVICES", MeasureHeading.PROTECTION, "دار إيواء"),
            new Type("RESIDENCE_PERMIT", MeasureHeading.PROTECTION, "تصاريح إقامة مؤقتة"),
            new Type("NON_PUNISHMENT", MeasureHeading.PROTECTION, "عدم معاقبة الضحايا"),
            new Type("COMPENSATION", MeasureHeading.PROTECTION, "صندوق لتعويض الضحايا"),
            new Type("BILATERAL_AGREEMENT", MeasureHeading.PARTNERSHIPS, "اتفاق ثنائي"),
            new Type("REGIONAL_COOPERATION", MeasureHeading.PARTNERSHIPS, "تعاون إقليمي"),
            new Type("CIVIL_SOCIETY", MeasureHeading.PARTNERSHIPS, "شراكة مع منظمات المجتمع المدني"),
            new Type("OTHER", MeasureHeading.PREVENTION, "تدبير آخر"));

    private record Topic(int weight, String text, Set<TargetGroup> groups, Set<ExploitationForm> forms) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(30, "لمكافحة الاتجار بالأشخاص", EnumSet.of(TargetGroup.GENERAL_PUBLIC), EnumSet.noneOf(ExploitationForm.class)),
            new Topic(8, "لمكافحة الاتجار بالأطفال", EnumSet.of(TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.SEXUAL)),
            new Topic(6, "لحماية الأطفال من الاستغلال", EnumSet.of(TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.BEGGING)),
            new Topic(8, "بشأن استغلال النساء والفتيات", EnumSet.of(TargetGroup.WOMEN), EnumSet.of(ExploitationForm.SEXUAL)),
            new Topic(8, "بشأن العمل الجبري", EnumSet.of(TargetGroup.MIGRANT_WORKERS), EnumSet.of(ExploitationForm.FORCED_LABOUR)),
            new Topic(8, "لحماية العمال المهاجرين", EnumSet.of(TargetGroup.MIGRANT_WORKERS), EnumSet.of(ExploitationForm.FORCED_LABOUR)),
            new Topic(8, "بشأن الاستغلال الجنسي", EnumSet.of(TargetGroup.WOMEN, TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.SEXUAL)),
            new Topic(5, "بشأن العبودية المنزلية", EnumSet.of(TargetGroup.WOMEN, TargetGroup.MIGRANT_WORKERS), EnumSet.of(ExploitationForm.DOMESTIC_SERVITUDE)),
            new Topic(4, "لمنع الزواج القسري", EnumSet.of(TargetGroup.WOMEN, TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.FORCED_MARRIAGE)),
            new Topic(2, "لمكافحة الاتجار بغرض نزع الأعضاء", EnumSet.of(TargetGroup.HEALTH_WORKERS), EnumSet.of(ExploitationForm.ORGAN_REMOVAL)),
            new Topic(3, "لمنع التسول القسري", EnumSet.of(TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.BEGGING)),
            new Topic(2, "بشأن تجنيد الأطفال في النزاعات المسلحة", EnumSet.of(TargetGroup.CHILDREN), EnumSet.of(ExploitationForm.CHILD_SOLDIERS)),
            new Topic(4, "في سلاسل الإمداد", EnumSet.of(TargetGroup.PRIVATE_SECTOR), EnumSet.of(ExploitationForm.FORCED_LABOUR)),
            new Topic(4, "عبر الإنترنت ووسائل التواصل الاجتماعي", EnumSet.of(TargetGroup.CHILDREN, TargetGroup.GENERAL_PUBLIC), EnumSet.of(ExploitationForm.SEXUAL)));

    private static final int TOPIC_WEIGHTS = TOPICS.stream().mapToInt(Topic::weight).sum();

    private static final List<String> PLACES = List.of("العاصمة", "المحافظات الشمالية", "المناطق الحدودية",
            "الموانئ والمطارات", "المناطق الريفية", "المدن الكبرى", "المقاطعات الجنوبية", "المناطق الساحلية");

    private static final List<String> PARTNERS = List.of("المنظمة الدولية للهجرة",
            "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", "منظمة الأمم المتحدة للطفولة (اليونيسف)",
            "منظمات المجتمع المدني", "النقابات العمالية", "القطاع الخاص", "منظمة العمل الدولية", "البلدان المجاورة");

    private static final List<String> SENTENCES = List.of(
            "واعتمدت الحكومة هذا التدبير تنفيذا لتوصيات الاستعراض الوطني.",
            "ويهدف التدبير إلى تعزيز التعرف على ضحايا الاتجار بالأشخاص وإحالتهم إلى الخدمات المناسبة.",
            "وتلقى %d من الموظفين المكلفين بإنفاذ القانون تدريبا متخصصا.",
            "وأُنشئ خط ساخن مجاني يعمل على مدار الساعة بعدة لغات.",
            "وقُدمت المساعدة القانونية والنفسية إلى الضحايا، ولا سيما النساء والأطفال.",
            "وتضمنت الحملة برامج إذاعية وتلفزيونية وملصقات في المدارس والجامعات.",
            "وخُصصت ميزانية سنوية لتمويل دور الإيواء والخدمات الصحية.",
            "وجرى تشديد العقوبات على مرتكبي جرائم الاتجار وعلى من يستفيدون من خدمات الضحايا.",
            "ووُقّعت مذكرة تفاهم مع بلدان المنشأ والعبور والمقصد.",
            "وأجريت دراسة عن حجم الظاهرة وأنماطها شملت %d أسرة.",
            "وتُنشر البيانات المتعلقة بالتحقيقات والملاحقات والإدانات سنويا.",
            "وتعمل فرق مشتركة من الشرطة ومفتشي العمل على رصد أماكن العمل.");

    /** Rare sentences: selective words for search benchmarks. */
    private static final List<String> RARE = List.of(
            "وركز التدبير على عمال الصيد البحري في أعالي البحار.",
            "وشمل التفتيش العاملين في مصانع الطوب والمحاجر.",
            "وتناول التدبير استغلال لاعبي كرة القدم القصّر.");

    private static void appendMeasure(StringBuilder out, Random random, long reportId, int position, LocalDate[] period) {
        Type type = TYPES.get(random.nextInt(TYPES.size()));
        Topic topic = topic(random);
        String title = type.title() + " " + topic.text();
        StringBuilder description = new StringBuilder();
        description.append("نفذت السلطات ").append(title).append(" في ").append(PLACES.get(random.nextInt(PLACES.size())))
                .append(" بالتعاون مع ").append(PARTNERS.get(random.nextInt(PARTNERS.size()))).append('.');
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            description.append(' ').append(String.format(java.util.Locale.ROOT,
                    SENTENCES.get(random.nextInt(SENTENCES.size())), 20 + random.nextInt(2000)));
        }
        if (random.nextInt(100) < 2) {
            description.append(' ').append(RARE.get(random.nextInt(RARE.size())));
        }
        String text = description.toString();
        // What users type: no hamza, ه for ة, now and then diacritics.
        int variant = random.nextInt(10);
        if (variant == 0) {
            title = title.replace('أ', 'ا').replace('إ', 'ا');
        } else if (variant == 1) {
            text = text.replace("ة ", "ه ");
        } else if (variant == 2) {
            text = text.replace("الاتجار", "الاتِّجار");
        }
        Set<TargetGroup> groups = new TreeSet<>(topic.groups());
        if (random.nextInt(4) == 0) {
            groups.add(TargetGroup.values()[random.nextInt(TargetGroup.values().length)]);
        }
        Set<ExploitationForm> forms = new TreeSet<>(topic.forms());
        if (forms.isEmpty() || random.nextInt(5) == 0) {
            forms.add(ExploitationForm.values()[random.nextInt(ExploitationForm.values().length)]);
        }
        long days = period[1].toEpochDay() - period[0].toEpochDay();
        LocalDate start = period[0].plusDays(random.nextInt((int) days));
        LocalDate end = random.nextBoolean() ? null : start.plusDays(random.nextInt(365));
        boolean figures = type.heading() == MeasureHeading.PROSECUTION || random.nextInt(5) == 0;
        out.append(reportId).append('\t').append(position).append('\t').append(type.heading().name()).append('\t')
                .append(type.code()).append('\t').append(field(title)).append('\t').append(field(text)).append('\t')
                .append(start).append('\t').append(end == null ? "\\N" : end.toString()).append('\t')
                .append(array(groups)).append('\t').append(array(forms)).append('\t')
                .append(figure(figures, random, 500)).append('\t').append(figure(figures, random, 200)).append('\t')
                .append(figure(figures, random, 100)).append('\t').append(figure(figures, random, 800)).append('\t')
                .append(figure(figures, random, 600)).append('\t').append(figure(figures, random, 3000)).append('\t')
                .append(random.nextInt(10) == 0 ? "A/HRC/" + (40 + random.nextInt(20)) + "/" + (1 + random.nextInt(90)) : "\\N")
                .append('\t').append("\\N").append('\t')
                .append(field(ArabicSearch.normalize(title + " " + text))).append('\n');
    }

    private static Topic topic(Random random) {
        int n = random.nextInt(TOPIC_WEIGHTS);
        for (Topic topic : TOPICS) {
            n -= topic.weight();
            if (n < 0) {
                return topic;
            }
        }
        return TOPICS.get(0);
    }

    private static String figure(boolean reported, Random random, int max) {
        return reported && random.nextBoolean() ? Integer.toString(random.nextInt(max)) : "\\N";
    }

    private static String array(Set<? extends Enum<?>> values) {
        StringBuilder out = new StringBuilder("{");
        for (Enum<?> value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(value.name());
        }
        return out.append('}').toString();
    }

    /** A value in COPY's text format. */
    private static String field(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
