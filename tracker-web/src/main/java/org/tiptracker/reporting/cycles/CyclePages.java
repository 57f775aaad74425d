package org.tiptracker.reporting.cycles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.common.Regions;
import org.tiptracker.reporting.CycleCounts;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.DatedAnswers;
import org.tiptracker.reporting.ResponseSentence;
import org.tiptracker.reporting.persistence.CycleProgress;
import org.tiptracker.reporting.persistence.CycleView;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;

/**
 * What the cycle pages show, computed from a cycle's progress: counts per status, the response
 * rate, a table by region, every participant, the non-responders, and the report's sentence naming
 * the states that had answered by a date (seed 001, para. 5).
 */
@Component
public record CyclePages(TreatyRegistry registry, DisplayFormat format, Clock clock, MessageSource messages) {

    /** The regions of the table, in this order; participants without one come last. */
    public static final String NO_REGION = "none";

    /** One participant asked, with its name in the page's language and its report's status. */
    public record ParticipantRow(String iso3, String name, String nameAr, String nameEn, String region,
                                 String statusKey, Long reportId, String submittedText, String decidedText) {
    }

    /** Asked, answered and the rate, for one region (or the whole cycle). */
    public record Tally(String region, long asked, long answered, String askedText, String answeredText, String rateText) {
    }

    /** One line of the cycles list. */
    public record CycleRow(CycleView cycle, String title, String periodText, String deadlineText,
                           String answeredText, String askedText) {
    }

    /**
     * The progress page's content: one tile per category ({@code counts}, which add up to {@code asked}),
     * the sentence saying how they add up ({@code sumText}) and how the answers are counted ({@code answersText}).
     */
    public record Progress(CycleCounts tally, Map<String, String> counts, String sumText, String answersText, Tally total,
                           List<Tally> regions, List<ParticipantRow> participants, List<ParticipantRow> nonResponders,
                           String nonRespondersText, String reminderText) {
    }

    /** The sentence's count on its date beside the count to date, and the line saying why they differ. */
    public record SentenceCount(DatedAnswers answers, String text) {
    }

    public String title(CycleView cycle, Locale locale) {
        return DisplayFormat.isEnglish(locale) ? cycle.titleEn() : cycle.titleAr();
    }

    public String period(CycleView cycle, Locale locale) {
        if (DisplayFormat.isEnglish(locale)) {
            return format.date(cycle.periodStart(), locale) + " – " + format.date(cycle.periodEnd(), locale);
        }
        return format.arabic().dateRange(cycle.periodStart(), cycle.periodEnd());
    }

    public CycleRow row(CycleView cycle, CycleProgress progress, Locale locale) {
        return new CycleRow(cycle, title(cycle, locale), period(cycle, locale), format.date(cycle.deadline(), locale),
                format.number(progress.answered(false), locale), format.number(progress.lines().size(), locale));
    }

    /** The progress page: {@code submittedCounts} decides whether submitted reports count as answers. */
    public Progress progress(CycleProgress progress, boolean submittedCounts, Locale locale) {
        CycleCounts tally = progress.counts();
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("ACCEPTED", format.number(tally.accepted(), locale));
        counts.put("SUBMITTED", format.number(tally.submitted(), locale));
        counts.put("RETURNED", format.number(tally.returned(), locale));
        counts.put("DRAFT", format.number(tally.draft(), locale));
        counts.put("NOT_STARTED", format.number(tally.notStarted(), locale));
        String sumText = messages.getMessage("cycles.counts.sum", new Object[] {format.number(tally.asked(), locale),
                counts.get("ACCEPTED"), counts.get("SUBMITTED"), counts.get("RETURNED"), counts.get("DRAFT"),
                counts.get("NOT_STARTED")}, locale);
        String answersText = messages.getMessage(submittedCounts ? "cycles.counts.answers.submitted" : "cycles.counts.answers.accepted",
                new Object[] {format.number(tally.answered(submittedCounts), locale),
                        format.number(tally.awaitingReview(submittedCounts), locale),
                        format.number(tally.notYetAnswered(), locale), format.number(tally.asked(), locale)}, locale);
        String nonRespondersText = messages.getMessage("cycles.nonResponders.help", new Object[] {
                format.number(tally.notYetAnswered(), locale), counts.get("NOT_STARTED"), counts.get("DRAFT"),
                counts.get("RETURNED")}, locale);
        Tally total = tally("total", progress.lines(), submittedCounts, locale);
        List<Tally> regions = new ArrayList<>();
        for (String region : Regions.ALL) {
            regions.add(tally(region, progress.lines().stream().filter(l -> region.equals(l.regionEn())).toList(),
                    submittedCounts, locale));
        }
        List<CycleProgress.Line> elsewhere = progress.lines().stream()
                .filter(l -> l.regionEn() == null || !Regions.known(l.regionEn())).toList();
        if (!elsewhere.isEmpty()) {
            regions.add(tally(NO_REGION, elsewhere, submittedCounts, locale));
        }
        LocalDate today = LocalDate.now(clock);
        TreatyRegistry.Snapshot participants = registry.snapshot();
        List<ParticipantRow> rows = progress.lines().stream().map(l -> row(participants, l, today, locale))
                .sorted(order(locale)).toList();
        List<ParticipantRow> nonResponders = nonResponders(progress, locale);
        String reminder = String.join("\n", nonResponders.stream().map(ParticipantRow::name).toList());
        return new Progress(tally, counts, sumText, answersText, total, regions, rows, nonResponders, nonRespondersText,
                reminder);
    }

    /** Who has not submitted an answer: not started, drafting, or returned for revision. */
    public List<ParticipantRow> nonResponders(CycleProgress progress, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        TreatyRegistry.Snapshot participants = registry.snapshot();
        return progress.lines().stream().filter(CyclePages::nonResponder).map(l -> row(participants, l, today, locale))
                .sorted(order(locale)).toList();
    }

    static boolean nonResponder(CycleProgress.Line line) {
        return line.status() == null || line.status().editableByFocalPoint();
    }

    /**
     * The sentence of the report as of a date: the states whose report counts (accepted, or also
     * submitted) and had been accepted (or submitted) on or before that date, by the names they bore then.
     */
    public String sentence(CycleProgress progress, LocalDate asOf, boolean submittedCounts, Locale locale) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        List<String> names = new ArrayList<>();
        boolean english = DisplayFormat.isEnglish(locale);
        for (CycleProgress.Line line : answeredBy(progress, asOf, submittedCounts)) {
            Optional<Participant> participant = snapshot.participant(line.iso3());
            String name = participant.map(p -> english ? p.nameOn(asOf).nameEn() : p.nameOn(asOf).nameAr())
                    .orElse(english ? line.nameEn() : line.nameAr());
            names.add(name);
        }
        return english ? ResponseSentence.english(asOf, names) : ResponseSentence.arabic(format.arabic(), asOf, names);
    }

    /**
     * How many answers the sentence counts on its date beside the answers counted to date, and a line that
     * labels each with its date and status (and says how many came after the date when they differ).
     */
    public SentenceCount sentenceCount(CycleProgress progress, CycleView cycle, LocalDate asOf, boolean submittedCounts,
                                       Locale locale) {
        DatedAnswers answers = new DatedAnswers(asOf, answeredBy(progress, asOf, submittedCounts).size(),
                progress.counts().answered(submittedCounts));
        String how = messages.getMessage(submittedCounts ? "cycles.sentence.count.submitted" : "cycles.sentence.count.accepted",
                null, locale);
        String date = format.date(asOf, locale);
        String today = format.date(LocalDate.now(clock), locale);
        String deadline = asOf.equals(cycle.deadline()) ? messages.getMessage("cycles.sentence.count.deadline", null, locale) : "";
        Object[] args = {format.number(answers.byDate(), locale), how, date, deadline, format.number(answers.toDate(), locale),
                today, format.number(answers.after(), locale)};
        String text = messages.getMessage(answers.differ() ? "cycles.sentence.count.differ" : "cycles.sentence.count.same",
                args, locale);
        return new SentenceCount(answers, text);
    }

    /** The lines whose report counts and was accepted (or submitted) on or before {@code asOf}. */
    private List<CycleProgress.Line> answeredBy(CycleProgress progress, LocalDate asOf, boolean submittedCounts) {
        ZoneId zone = clock.getZone();
        List<CycleProgress.Line> lines = new ArrayList<>();
        for (CycleProgress.Line line : progress.lines()) {
            if (!line.answered(submittedCounts)) {
                continue;
            }
            Instant when = submittedCounts ? line.submittedAt() : line.decidedAt();
            if (when == null || LocalDate.ofInstant(when, zone).isAfter(asOf)) {
                continue;
            }
            lines.add(line);
        }
        return lines;
    }

    /** The date the sentence is computed for when none is asked: the deadline of a closed cycle, else today. */
    public LocalDate defaultAsOf(CycleView cycle) {
        return cycle.status() == CycleStatus.CLOSED ? cycle.deadline() : LocalDate.now(clock);
    }

    /** A rate as a whole percentage in the page's style: {@code ١٧ في المائة}, {@code 17 per cent}. */
    public String rate(long answered, long asked, Locale locale) {
        long percent = asked == 0 ? 0 : BigDecimal.valueOf(answered * 100L)
                .divide(BigDecimal.valueOf(asked), 0, RoundingMode.HALF_UP).longValue();
        return DisplayFormat.isEnglish(locale)
                ? messages.getMessage("cycles.percent", new Object[] {Long.toString(percent)}, locale)
                : format.arabic().percent(percent);
    }

    private Tally tally(String region, List<CycleProgress.Line> lines, boolean submittedCounts, Locale locale) {
        long asked = lines.size();
        long answered = lines.stream().filter(l -> l.answered(submittedCounts)).count();
        return new Tally(region, asked, answered, format.number(asked, locale), format.number(answered, locale),
                rate(answered, asked, locale));
    }

    /** One row; the snapshot is taken once per page (each snapshot asks the database for its data version). */
    private ParticipantRow row(TreatyRegistry.Snapshot participants, CycleProgress.Line line, LocalDate today, Locale locale) {
        Optional<Participant> participant = participants.participant(line.iso3());
        String nameAr = participant.map(p -> p.nameOn(today).nameAr()).orElse(line.nameAr());
        String nameEn = participant.map(p -> p.nameOn(today).nameEn()).orElse(line.nameEn());
        ZoneId zone = clock.getZone();
        return new ParticipantRow(line.iso3(), DisplayFormat.isEnglish(locale) ? nameEn : nameAr, nameAr, nameEn,
                line.regionEn() == null || !Regions.known(line.regionEn()) ? NO_REGION : line.regionEn(),
                line.status() == null ? "NOT_STARTED" : line.status().name(), line.reportId(),
                line.submittedAt() == null ? "" : format.date(LocalDate.ofInstant(line.submittedAt(), zone), locale),
                line.decidedAt() == null ? "" : format.date(LocalDate.ofInstant(line.decidedAt(), zone), locale));
    }

    /** UN Arabic order for Arabic pages, alphabetical for English ones. */
    public static Comparator<ParticipantRow> order(Locale locale) {
        return DisplayFormat.isEnglish(locale)
                ? Comparator.comparing(ParticipantRow::nameEn, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(ParticipantRow::nameAr, UnArabicOrder.INSTANCE);
    }

    /** Participants for the form, grouped by region, names in the page's order. */
    public Map<String, List<ParticipantRow>> choices(Locale locale) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<ParticipantRow>> byRegion = new LinkedHashMap<>();
        Regions.ALL.forEach(r -> byRegion.put(r, new ArrayList<>()));
        byRegion.put(NO_REGION, new ArrayList<>());
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        for (Participant p : snapshot.participants()) {
            String region = p.region() == null || !Regions.known(p.region()) ? NO_REGION : p.region();
            String nameAr = p.nameOn(today).nameAr();
            String nameEn = p.nameOn(today).nameEn();
            byRegion.get(region).add(new ParticipantRow(p.iso3(), DisplayFormat.isEnglish(locale) ? nameEn : nameAr,
                    nameAr, nameEn, region, null, null, "", ""));
        }
        byRegion.values().forEach(list -> list.sort(order(locale)));
        byRegion.values().removeIf(List::isEmpty);
        return byRegion;
    }

    /** The ISO codes of the UN member states, which a cycle asks by default. */
    public java.util.Set<String> unMembers() {
        java.util.Set<String> members = new java.util.TreeSet<>();
        registry.snapshot().regions().forEach((iso3, info) -> {
            if (info.unMember()) {
                members.add(iso3);
            }
        });
        return members;
    }
}
