package org.tiptracker.reporting.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiptracker.common.Actor;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportQueries;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.security.CurrentActor;

/** {@code /my}: a focal point's open cycles with the state's report in each, and its past reports. */
@Controller
record MyReportsController(MeasureReportService service, CurrentActor currentActor, ReportQueries queries) {

    @GetMapping({"/my", "/my/"})
    String my(Model model) {
        Actor actor = currentActor.get();
        if (!actor.isFocalPoint()) {
            return "my/other";
        }
        if (actor.participantId() == null) {
            model.addAttribute("open", List.of());
            model.addAttribute("past", List.of());
            return "my/index";
        }
        List<ReportQueries.OpenCycle> open = queries.openCyclesOf(actor.participantId());
        Set<Long> openIds = open.stream().map(ReportQueries.OpenCycle::cycleId).collect(Collectors.toSet());
        List<ReportSnapshot> past = service.ofParticipant(actor, actor.participantId()).stream()
                .filter(r -> !openIds.contains(r.cycleId())).toList();
        model.addAttribute("participant", queries.participant(actor.participantId()).orElse(null));
        model.addAttribute("open", open);
        model.addAttribute("past", past);
        return "my/index";
    }

    /** Opens the state's report in a cycle, starting an empty draft if there is none yet. */
    @PostMapping("/reports/open")
    String open(@RequestParam long cycleId, @RequestParam(required = false) Long participantId) {
        Actor actor = currentActor.get();
        Long participant = actor.isFocalPoint() ? actor.participantId() : participantId;
        if (participant == null) {
            throw new NotFoundException("report.notFound");
        }
        ReportSnapshot report = service.open(actor, cycleId, participant);
        return "redirect:/reports/" + report.id() + (report.editable() && actor.mayEdit(participant) ? "/edit" : "");
    }
}
