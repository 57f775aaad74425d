package org.tiptracker.reporting.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.reporting.persistence.MeasureReportService;
import org.tiptracker.reporting.persistence.ReportConflictException;
import org.tiptracker.reporting.persistence.ReportProblemsException;
import org.tiptracker.reporting.persistence.ReportSnapshot;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * The edit page's script: it saves the report as a draft while the focal point types (answered in
 * JSON, never a page) and, after a sign-in in another tab, asks for a fresh CSRF token.
 */
@Controller
record ReportAutosaveController(MeasureReportService service, CurrentActor currentActor, MessageSource messages,
                                DomainMessages domainMessages, DisplayFormat format, Clock clock) {

    /** Header the autosave script sends; the answer is then a small JSON object instead of a page. */
    static final String AUTOSAVE_HEADER = "X-Report-Autosave";

    /** The autosave of the edit page's script: saves a draft and answers in JSON. */
    @PostMapping(value = "/reports/{id}", headers = AUTOSAVE_HEADER + "=1", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form,
                                                 Locale locale) {
        Actor actor = currentActor.get();
        Map<String, Object> body = new LinkedHashMap<>();
        form.compact();
        if (form.version == null) {
            body.put("message", text("reports.version.missing", locale));
            return ResponseEntity.badRequest().body(body);
        }
        ReportForm.Converted converted = form.toDomain();
        try {
            if (!converted.problems().isEmpty()) {
                throw new ReportProblemsException(converted.problems());
            }
            ReportSnapshot saved = service.saveDraft(actor, id, form.version, converted.measures());
            body.put("version", saved.version());
            String time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(clock.instant());
            body.put("message", messages.getMessage("reports.autosave.saved",
                    new Object[]{DisplayFormat.isEnglish(locale) ? time : format.arabic().digits(time)}, locale));
            return ResponseEntity.ok(body);
        } catch (ReportProblemsException e) {
            body.put("problems", e.problems().size());
            body.put("message", text("reports.autosave.problems", locale));
            return ResponseEntity.status(422).body(body);
        } catch (ReportConflictException e) {
            body.put("version", e.current().version());
            body.put("message", text("reports.autosave.conflict", locale));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
        } catch (DomainException e) {
            body.put("message", domainMessages.message(e, locale));
            return ResponseEntity.badRequest().body(body);
        } catch (ForbiddenException e) {
            body.put("message", text("error.403.text", locale));
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
        } catch (NotFoundException e) {
            body.put("message", text("error.404.text", locale));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
        }
    }

    /** A fresh CSRF token for the autosave script after the user signed in again (in another tab). */
    @GetMapping(value = "/reports/session", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, String> session(CsrfToken token) {
        currentActor.get();
        return Map.of("token", token.getToken(), "header", token.getHeaderName(), "parameter", token.getParameterName());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
