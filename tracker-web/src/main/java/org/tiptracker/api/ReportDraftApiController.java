package org.tiptracker.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tiptracker.report.DraftStatus;
import org.tiptracker.report.PrintedReport.PrintedBlock;
import org.tiptracker.report.ReportLanguage;
import org.tiptracker.report.ReportLayout;
import org.tiptracker.report.SourceRef;
import org.tiptracker.report.persistence.DraftViews.DraftView;
import org.tiptracker.report.persistence.ReportDraftService;
import org.tiptracker.security.CurrentActor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The report drafts for analysts' scripts: the list, and a draft's paragraphs in order with their
 * printed numbers, kinds, texts, sources and the date of the records they were built from. Needs a
 * signed-in secretariat member or analyst (403 otherwise). Dates are ISO {@code YYYY-MM-DD}.
 */
@RestController
@RequestMapping(path = "/api/report-drafts", produces = "application/json")
@Tag(name = "Report drafts", description = "Drafts of the Secretary-General's report, paragraph by paragraph")
record ReportDraftApiController(ReportDraftService drafts, CurrentActor currentActor) {

    record DraftJson(long id, String symbol, LocalDate cutOff, String status) {
    }

    /** {@code number}: the paragraph's number in the report (null for the summary, headings and sub-paragraphs). */
    record ParagraphJson(Integer number, int chapter, int section, String kind, String textAr, String textEn,
                         List<SourceRef> sources, LocalDate asOf) {
    }

    record DraftDetailJson(long id, String symbol, int session, LocalDate cutOff, String status,
                           List<ParagraphJson> paragraphs) {
    }

    @GetMapping
    List<DraftJson> list() {
        return drafts.list(currentActor.get()).stream()
                .map(d -> new DraftJson(d.id(), d.symbol(), d.cutOff(), status(d.status()))).toList();
    }

    @GetMapping("/{id}")
    DraftDetailJson draft(@PathVariable long id) {
        DraftView draft = drafts.view(currentActor.get(), id);
        Map<Long, Integer> numbers = new HashMap<>();
        for (PrintedBlock block : ReportLayout.print(draft.mandate(), draft.printable(), ReportLanguage.AR).blocks()) {
            numbers.put(block.paragraphId(), block.number());
        }
        return new DraftDetailJson(draft.id(), draft.mandate().symbol(), draft.mandate().session(),
                draft.mandate().cutOff(), status(draft.status()), draft.paragraphs().stream()
                .map(p -> new ParagraphJson(numbers.get(p.id()), p.chapter(), p.section(), p.kind().apiName(),
                        p.textAr(), p.textEn(), p.sources(), p.asOf())).toList());
    }

    private static String status(DraftStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
