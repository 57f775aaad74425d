package org.tiptracker.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiptracker.agency.ActivityFigures;
import org.tiptracker.agency.ActivityKind;
import org.tiptracker.agency.ActivityRegion;
import org.tiptracker.agency.persistence.ActivityCommand;
import org.tiptracker.agency.persistence.ActivityService;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.MeasureHeading;

/**
 * Invented agency activities, with the embedded database only, marked as demonstration: a few
 * activities of agencies the 2016 report names without describing their work (UN Women, WHO,
 * ILO), so that every filter has something to show beside the report's own activities.
 * Loaded once: skipped when a demonstration activity exists.
 */
@DemoData
@Order(30)
record AgencyDemoDataLoader(ActivityService activities, JdbcTemplate jdbc, TransactionTemplate transaction)
        implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyDemoDataLoader.class);
    private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Integer existing = jdbc.queryForObject("select count(*) from agency_activity where demo", Integer.class);
            if (existing != null && existing > 0) {
                return;
            }
            for (ActivityCommand command : commands()) {
                activities.create(SECRETARIAT, command, true);
            }
            log.info("Demonstration agency activities loaded");
        });
    }

    static List<ActivityCommand> commands() {
        return List.of(
                new ActivityCommand("UN Women", ActivityKind.TRAINING, MeasureHeading.PROTECTION,
                        "حلقة عمل تدريبية بشأن الخدمات المراعية للاعتبارات الجنسانية لضحايا الاتجار (بيانات إيضاحية)",
                        "نشاط مختلق لأغراض العرض: تدريب موظفي دور الإيواء على تقديم الخدمات للنساء والفتيات من ضحايا الاتجار.",
                        LocalDate.of(2015, 3, 10), LocalDate.of(2015, 3, 12), new ActivityFigures(45, null, null, null),
                        List.of("JOR", "LBN"), Set.of(ActivityRegion.MIDDLE_EAST), List.of("UNODC"), null, null),
                new ActivityCommand("WHO", ActivityKind.PUBLICATION, MeasureHeading.PROTECTION,
                        "دليل للعاملين الصحيين بشأن التعرف على ضحايا الاتجار (بيانات إيضاحية)",
                        "منشور مختلق لأغراض العرض.", LocalDate.of(2015, 9, 1), null, ActivityFigures.NONE,
                        List.of(), Set.of(ActivityRegion.GLOBAL), List.of(), null, null),
                new ActivityCommand("ILO", ActivityKind.CAMPAIGN, MeasureHeading.PREVENTION,
                        "حملة توعية بشأن رسوم التوظيف العادلة (بيانات إيضاحية)",
                        "حملة مختلقة لأغراض العرض موجهة إلى العمال المهاجرين ووكالات التوظيف.",
                        LocalDate.of(2016, 1, 15), LocalDate.of(2016, 6, 30), new ActivityFigures(null, null, null, 4),
                        List.of("NPL", "PHL", "QAT", "ARE"), Set.of(ActivityRegion.SOUTH_ASIA, ActivityRegion.MIDDLE_EAST),
                        List.of("IOM"), null, null),
                new ActivityCommand("IOM", ActivityKind.TECHNICAL_ASSISTANCE, MeasureHeading.PROTECTION,
                        "مساعدة مباشرة لضحايا الاتجار العائدين (بيانات إيضاحية)",
                        "نشاط مختلق لأغراض العرض: إيواء ومساعدة طبية ونفسية وإعادة إدماج.",
                        LocalDate.of(2014, 7, 1), LocalDate.of(2015, 12, 31), new ActivityFigures(null, 320, null, 3),
                        List.of("ETH", "SDN", "EGY"), Set.of(ActivityRegion.EAST_AFRICA_HORN, ActivityRegion.NORTH_AFRICA),
                        List.of("UNHCR"), null, null),
                new ActivityCommand("UNICEF", ActivityKind.PROJECT, MeasureHeading.PREVENTION,
                        "مشروع لحماية الأطفال غير المصحوبين بذويهم على طرق الهجرة (بيانات إيضاحية)",
                        "مشروع مختلق لأغراض العرض.", LocalDate.of(2016, 2, 1), null, ActivityFigures.NONE,
                        List.of("GRC", "ITA"), Set.of(ActivityRegion.MEDITERRANEAN), List.of("UNHCR", "IOM"), null, null),
                new ActivityCommand("UNODC", ActivityKind.TRAINING, MeasureHeading.PROSECUTION,
                        "دورة تدريبية للمدعين العامين بشأن التحقيقات المالية في قضايا الاتجار (بيانات إيضاحية)",
                        "نشاط مختلق لأغراض العرض.", LocalDate.of(2016, 4, 4), LocalDate.of(2016, 4, 8),
                        new ActivityFigures(30, null, null, 5), List.of("EGY", "JOR", "LBN", "MAR", "TUN"),
                        Set.of(ActivityRegion.MIDDLE_EAST, ActivityRegion.NORTH_AFRICA), List.of(), null, null));
    }
}
