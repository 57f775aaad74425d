package org.tiptracker.reporting.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportConflictException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DomainMessages;

/**
 * The secretariat's decision on a submitted report: accept it, or return it for revision with a
 * comment. Either way back to the report, with what happened (a decision on a stale copy is refused).
 */
@Controller
record ReportDecisionController(MeasureReportService service, CurrentActor currentActor,
                                DomainMessages domainMessages) {

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long version, Locale locale, RedirectAttributes flash) {
        Actor actor = currentActor.get();
        try {
            service.accept(actor, id, version);
            flash.addFlashAttribute("notice", "reports.accepted");
        } catch (ReportConflictException e) {
            flash.addFlashAttribute("error", "reports.decision.conflict");
        } catch (DomainException e) {
            flash.addFlashAttribute("errorText", domainMessages.message(e, locale));
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/return")
    String returnForRevision(@PathVariable long id, @RequestParam long version,
                             @RequestParam(required = false) String comment, Locale locale, RedirectAttributes flash) {
        Actor actor = currentActor.get();
        try {
            service.returnForRevision(actor, id, version, comment);
            flash.addFlashAttribute("notice", "reports.returned");
        } catch (ReportConflictException e) {
            flash.addFlashAttribute("error", "reports.decision.conflict");
            flash.addFlashAttribute("returnComment", comment);
        } catch (DomainException e) {
            flash.addFlashAttribute("returnError", domainMessages.message(e, locale));
            flash.addFlashAttribute("returnComment", comment);
        }
        return "redirect:/reports/" + id;
    }
}
