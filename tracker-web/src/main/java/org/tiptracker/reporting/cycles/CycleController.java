package org.tiptracker.reporting.cycles;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.Regions;
import org.tiptracker.export.CsvFile;
import org.tiptracker.reporting.persistence.CycleProgress;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.CycleView;
import org.tiptracker.web.RequestDates;

/**
 * Reporting cycles for the secretariat and analysts: the list and each cycle's progress page with
 * its non-responders (also as CSV) and the report's sentence; the form is {@link CycleEditController}'s.
 */
@Controller
record CycleController(CycleService cycles, CyclePages pages, MessageSource messages) {

    static final String LIST = "cycles/list";
    static final String DETAIL = "cycles/detail";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @GetMapping("/cycles")
    String list(Model model, Locale locale) {
        List<CyclePages.CycleRow> rows = cycles.all().stream()
                .map(c -> pages.row(c, cycles.progress(c.id()), locale)).toList();
        model.addAttribute("rows", rows);
        return LIST;
    }

    @GetMapping("/cycles/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String counting, Model model, Locale locale) {
        CycleView cycle = cycles.get(id);
        boolean submittedCounts = "submitted".equals(counting);
        LocalDate date = RequestDates.parse("asOf", asOf, pages.defaultAsOf(cycle));
        CycleProgress progress = cycles.progress(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("cycleTitle", pages.title(cycle, locale));
        model.addAttribute("periodText", pages.period(cycle, locale));
        model.addAttribute("deadlineText", pages.row(cycle, progress, locale).deadlineText());
        model.addAttribute("progress", pages.progress(progress, submittedCounts, locale));
        model.addAttribute("asOf", date.toString());
        model.addAttribute("counting", submittedCounts ? "submitted" : "accepted");
        model.addAttribute("sentence", pages.sentence(progress, date, submittedCounts, locale));
        model.addAttribute("sentenceCount", pages.sentenceCount(progress, cycle, date, submittedCounts, locale));
        return DETAIL;
    }

    @GetMapping("/cycles/{id}/non-responders.csv")
    ResponseEntity<byte[]> nonRespondersCsv(@PathVariable long id, Locale locale) {
        CycleView cycle = cycles.get(id);
        List<CyclePages.ParticipantRow> rows = pages.nonResponders(cycles.progress(id), locale);
        List<String> header = List.of(text("cycles.csv.iso3", locale), text("cycles.csv.nameAr", locale),
                text("cycles.csv.nameEn", locale), text("cycles.csv.region", locale), text("cycles.csv.status", locale));
        List<List<String>> lines = rows.stream().map(row -> List.of(row.iso3(), row.nameAr(), row.nameEn(),
                text(Regions.messageKey(row.region()), locale), text("reportStatus." + row.statusKey(), locale))).toList();
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cycle-" + cycle.id() + "-non-responders.csv").build().toString())
                .body(CsvFile.of(header, lines));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
