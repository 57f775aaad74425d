package org.tiptracker.reporting.cycles;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.export.CsvFile;
import org.tiptracker.reporting.CycleStatus;
import org.tiptracker.reporting.persistence.CycleCommand;
import org.tiptracker.reporting.persistence.CycleProgress;
import org.tiptracker.reporting.persistence.CycleService;
import org.tiptracker.reporting.persistence.ReportingCycleEntity;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.RequestDates;

/**
 * Reporting cycles for the secretariat: the list, the form (create and edit; analysts only read),
 * and each cycle's progress page with its non-responders (also as CSV) and the report's sentence.
 */
@Controller
class CycleController {

    static final String LIST = "cycles/list";
    static final String FORM = "cycles/form";
    static final String DETAIL = "cycles/detail";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    /** Rule violations that belong to one field, shown next to it; the others above the form. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("cycle.titleAr.required", "titleAr"),
            Map.entry("cycle.titleEn.required", "titleEn"),
            Map.entry("cycle.noteReference.required", "noteReference"),
            Map.entry("cycle.resolution.required", "resolution"),
            Map.entry("cycle.titleAr.tooLong", "titleAr"),
            Map.entry("cycle.titleEn.tooLong", "titleEn"),
            Map.entry("cycle.noteReference.tooLong", "noteReference"),
            Map.entry("cycle.resolution.tooLong", "resolution"),
            Map.entry("cycle.period.order", "periodEnd"),
            Map.entry("cycle.deadline.beforePeriod", "deadline"),
            Map.entry("cycle.participant.unknown", "participants"),
            Map.entry("cycle.participant.hasReport", "participants"));

    private final CycleService cycles;
    private final CyclePages pages;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    CycleController(CycleService cycles, CyclePages pages, CurrentActor currentActor, MessageSource messages,
                    DomainMessages domainMessages) {
        this.cycles = cycles;
        this.pages = pages;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder("cycleForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("titleAr", "titleEn", "noteReference", "resolution", "periodStart", "periodEnd",
                "deadline", "status", "allMembers", "participants", "version");
    }

    @ModelAttribute("maySecretariat")
    boolean maySecretariat() {
        return currentActor.isSecretariat();
    }

    @GetMapping("/cycles")
    String list(Model model, Locale locale) {
        List<CyclePages.CycleRow> rows = cycles.all().stream()
                .map(c -> pages.row(c, cycles.progress(c.getId()), locale)).toList();
        model.addAttribute("rows", rows);
        return LIST;
    }

    @GetMapping("/cycles/new")
    String initCreate(Model model, Locale locale) {
        requireSecretariat();
        return form(model, new CycleForm(), null, locale);
    }

    @PostMapping("/cycles")
    String processCreate(@ModelAttribute("cycleForm") CycleForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, Locale locale) {
        String user = requireSecretariat();
        CycleCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, null, locale);
        }
        try {
            ReportingCycleEntity saved = cycles.create(user, command);
            redirect.addFlashAttribute("saved", messages.getMessage("cycles.saved", null, locale));
            return "redirect:/cycles/" + saved.getId();
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/cycles/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        requireSecretariat();
        ReportingCycleEntity cycle = cycles.get(id);
        CycleForm form = new CycleForm();
        form.setTitleAr(cycle.getTitleAr());
        form.setTitleEn(cycle.getTitleEn());
        form.setNoteReference(cycle.getNoteReference());
        form.setResolution(cycle.getResolution());
        form.setPeriodStart(cycle.getPeriodStart().toString());
        form.setPeriodEnd(cycle.getPeriodEnd().toString());
        form.setDeadline(cycle.getDeadline().toString());
        form.setStatus(cycle.getStatus().name());
        Set<String> asked = cycle.getParticipants().stream().map(ParticipantEntity::getIso3)
                .collect(Collectors.toCollection(TreeSet::new));
        form.setAllMembers(asked.equals(pages.unMembers()));
        form.setParticipants(List.copyOf(asked));
        form.setVersion(cycle.getVersion());
        return form(model, form, id, locale);
    }

    @PostMapping("/cycles/{id}")
    String processUpdate(@PathVariable long id, @ModelAttribute("cycleForm") CycleForm form, BindingResult result,
                         Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        String user = requireSecretariat();
        cycles.get(id);
        if (form.getVersion() == null) {
            result.reject("cycles.form.version.missing");
        }
        CycleCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, id, locale);
        }
        try {
            cycles.update(user, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("cycles.saved", null, locale));
            return "redirect:/cycles/" + id;
        } catch (DomainException e) {
            reject(result, e, locale);
            return form(model, form, id, locale);
        } catch (ConflictException e) {
            // Nothing is overwritten: the user's entry stays in the form, next to the cycle as it is now.
            FormInput.conflict(e, result, model, response);
            form.setVersion(cycles.get(id).getVersion());
            return form(model, form, id, locale);
        }
    }

    @GetMapping("/cycles/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String asOf,
                  @RequestParam(required = false) String counting, Model model, Locale locale) {
        ReportingCycleEntity cycle = cycles.get(id);
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
        return DETAIL;
    }

    @GetMapping("/cycles/{id}/non-responders.csv")
    ResponseEntity<byte[]> nonRespondersCsv(@PathVariable long id, Locale locale) {
        ReportingCycleEntity cycle = cycles.get(id);
        List<CyclePages.ParticipantRow> rows = pages.nonResponders(cycles.progress(id), locale);
        List<String> header = List.of(text("cycles.csv.iso3", locale), text("cycles.csv.nameAr", locale),
                text("cycles.csv.nameEn", locale), text("cycles.csv.region", locale), text("cycles.csv.status", locale));
        List<List<String>> lines = rows.stream().map(row -> List.of(row.iso3(), row.nameAr(), row.nameEn(),
                text("region." + row.region(), locale), text("reportStatus." + row.statusKey(), locale))).toList();
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cycle-" + cycle.getId() + "-non-responders.csv").build().toString())
                .body(CsvFile.of(header, lines));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private String requireSecretariat() {
        return currentActor.requireSecretariat("cycles").username();
    }

    private void reject(BindingResult result, DomainException e, Locale locale) {
        FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
    }

    /** The command, or field errors for what cannot be read (the form then shows them, nothing lost). */
    private CycleCommand command(CycleForm form, BindingResult result) {
        LocalDate start = date(form.getPeriodStart(), "periodStart", result);
        LocalDate end = date(form.getPeriodEnd(), "periodEnd", result);
        LocalDate deadline = date(form.getDeadline(), "deadline", result);
        CycleStatus status = FormInput.enumOf(CycleStatus.class, form.getStatus());
        if (status == null) {
            result.rejectValue("status", "cycles.form.status.invalid");
        }
        Set<String> asked = new LinkedHashSet<>();
        if (!form.isAllMembers()) {
            form.getParticipants().stream().filter(s -> s != null && !s.isBlank()).forEach(asked::add);
            if (asked.isEmpty()) {
                result.rejectValue("participants", "cycles.form.participants.none");
            }
        }
        return new CycleCommand(form.getTitleAr(), form.getTitleEn(), form.getNoteReference(), form.getResolution(),
                start, end, deadline, status, asked);
    }

    private static LocalDate date(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            result.rejectValue(field, "cycles.form.date.required");
            return null;
        }
        return FormInput.date(value, field, result, "cycles.form.date.invalid", 1945, 2100);
    }

    private String form(Model model, CycleForm form, Long id, Locale locale) {
        model.addAttribute("cycleForm", form);
        model.addAttribute("cycleId", id);
        model.addAttribute("statuses", CycleStatus.values());
        model.addAttribute("choices", pages.choices(locale));
        model.addAttribute("ticked", Set.copyOf(form.getParticipants()));
        return FORM;
    }
}
