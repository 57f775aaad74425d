package org.tiptracker.reporting.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tiptracker.common.Actor;
import org.tiptracker.reporting.Measure;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportQueries;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.security.CurrentActor;

/**
 * {@code /participants/{iso3}/reports}: every answer of one participant over the cycles, side by
 * side (a column per cycle, a row per heading). The secretariat, analysts and the state's own focal
 * point may read it; anyone else gets "not found" (logged by the service).
 */
@Controller
record ReportParticipantController(MeasureReportService service, CurrentActor currentActor, ReportQueries queries) {

    /** A cell: the measures of one report under one heading (number in the report and title). */
    record Cell(long reportId, List<Item> items) {
    }

    record Item(int number, String title) {
    }

    /** A row: a heading and its cell in every report, in the columns' order. */
    record Row(MeasureHeading heading, List<Cell> cells) {
    }

    @GetMapping("/participants/{iso3}/reports")
    String reports(@PathVariable String iso3, Model model, Locale locale) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "redirect:/login";
        }
        Actor actor = currentActor.get();
        ReportQueries.ReportParticipant participant = queries.participant(iso3);
        List<ReportSnapshot> reports = new ArrayList<>(service.ofParticipant(actor, participant.id()));
        Collections.reverse(reports); // oldest cycle first, so that the columns read in time order
        List<Row> rows = new ArrayList<>();
        for (MeasureHeading heading : MeasureHeading.values()) {
            List<Cell> cells = new ArrayList<>();
            for (ReportSnapshot report : reports) {
                List<Item> items = new ArrayList<>();
                List<Measure> measures = report.measures();
                for (int i = 0; i < measures.size(); i++) {
                    if (measures.get(i).heading() == heading) {
                        items.add(new Item(i + 1, measures.get(i).title()));
                    }
                }
                cells.add(new Cell(report.id(), items));
            }
            rows.add(new Row(heading, cells));
        }
        model.addAttribute("participant", participant);
        model.addAttribute("reports", reports);
        model.addAttribute("rows", rows);
        return "reports/participant";
    }
}
