package org.tiptracker.workinggroup.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.workinggroup.MeetingFormat;
import org.tiptracker.workinggroup.persistence.MeetingCommand;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.WgMeetingEntity;
import org.tiptracker.workinggroup.persistence.WgRecommendationEntity;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;

/**
 * The Working Group's meetings: the list (newest first, with counts), each meeting with its
 * questions for discussion and its recommendations printed as the papers quote them, and the
 * secretariat's form (create and edit).
 */
@Controller
class MeetingController {

    static final String INDEX = "working-group/index";
    static final String MEETING = "working-group/meeting";
    static final String FORM = "working-group/meeting-form";

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "wg.meeting.number.range", "number",
            "wg.meeting.number.taken", "number",
            "wg.meeting.year.range", "year",
            "wg.meeting.dates.order", "endDate",
            "wg.meeting.dates.startMissing", "startDate",
            "wg.meeting.dates.year", "startDate",
            "wg.meeting.questions.tooMany", "questions");

    private final WorkingGroupService service;
    private final WorkingGroupPages pages;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    MeetingController(WorkingGroupService service, WorkingGroupPages pages, CurrentActor currentActor,
                      MessageSource messages, DomainMessages domainMessages) {
        this.service = service;
        this.pages = pages;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder("meetingForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("number", "year", "startDate", "endDate", "venueAr", "venueEn", "format",
                "reportSymbol", "leadInAr", "subjectAr", "source", "questions", "version");
    }

    /** One line of the meetings list. */
    record MeetingLine(long id, String name, String year, String dates, String venue, MeetingFormat format,
                       String reportSymbol, String questions, String recommendations, boolean demo) {
    }

    /** One recommendation as listed under its meeting. */
    record RecommendationLine(long id, String letter, String textAr, String addressee, String theme) {
    }

    @GetMapping("/working-group")
    String index(Model model, Locale locale) {
        List<MeetingLine> lines = service.meetings().stream().map(s -> line(s, locale)).toList();
        model.addAttribute("meetings", lines);
        model.addAttribute("totalRecommendations", pages.number(
                service.meetings().stream().mapToLong(MeetingSummary::recommendations).sum(), locale));
        return INDEX;
    }

    private MeetingLine line(MeetingSummary s, Locale locale) {
        WgMeetingEntity m = s.meeting();
        return new MeetingLine(m.getId(), pages.meetingName(m, locale), pages.year(m.getYear(), locale),
                pages.dates(m, locale), pages.venue(m, locale), m.getFormat(), m.getReportSymbol(),
                pages.number(s.questions(), locale), pages.number(s.recommendations(), locale), m.isDemo());
    }

    @GetMapping("/working-group/meetings/{id}")
    String meeting(@PathVariable long id, Model model, Locale locale) {
        WgMeetingEntity meeting = service.meeting(id);
        List<String> questions = service.questions(id);
        Map<String, String> themeNames = new java.util.HashMap<>();
        service.themes().forEach(t -> themeNames.put(t.getCode(), t.name(locale)));
        List<RecommendationLine> recommendations = service.recommendationsOf(id).stream()
                .map(r -> recommendationLine(r, themeNames, locale)).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingName", pages.meetingName(meeting, locale));
        model.addAttribute("dates", pages.dates(meeting, locale));
        model.addAttribute("venue", pages.venue(meeting, locale));
        model.addAttribute("questions", java.util.stream.IntStream.range(0, questions.size())
                .mapToObj(i -> List.of(Abjad.item(i + 1), questions.get(i))).toList());
        model.addAttribute("printed", service.printed(id));
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("maySecretariat", maySecretariat());
        return MEETING;
    }

    private RecommendationLine recommendationLine(WgRecommendationEntity r, Map<String, String> themeNames, Locale locale) {
        return new RecommendationLine(r.getId(), pages.letter(r), r.getTextAr(),
                messages.getMessage("wg.addressee." + r.getAddressee().name(), null, locale),
                themeNames.getOrDefault(r.getThemeCode(), r.getThemeCode()));
    }

    @GetMapping("/working-group/meetings/new")
    String initCreate(Model model) {
        currentActor.requireSecretariat("working group");
        MeetingForm form = new MeetingForm();
        return form(model, form, null);
    }

    @PostMapping("/working-group/meetings")
    String processCreate(@ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
                         RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("working group");
        MeetingCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            WgMeetingEntity saved = service.createMeeting(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("wg.saved", null, locale));
            return "redirect:/working-group/meetings/" + saved.getId();
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return form(model, form, null);
        }
    }

    @GetMapping("/working-group/meetings/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("working group");
        WgMeetingEntity m = service.meeting(id);
        MeetingForm form = new MeetingForm();
        form.setNumber(Integer.toString(m.getNumber()));
        form.setYear(Integer.toString(m.getYear()));
        form.setStartDate(m.getStartDate() == null ? "" : m.getStartDate().toString());
        form.setEndDate(m.getEndDate() == null ? "" : m.getEndDate().toString());
        form.setVenueAr(m.getVenueAr());
        form.setVenueEn(m.getVenueEn());
        form.setFormat(m.getFormat() == null ? "" : m.getFormat().name());
        form.setReportSymbol(m.getReportSymbol());
        form.setLeadInAr(m.getLeadInAr());
        form.setSubjectAr(m.getSubjectAr());
        form.setSource(m.getSource());
        form.setQuestions(String.join("\n", service.questions(id)));
        form.setVersion(m.getVersion());
        return form(model, form, id);
    }

    @PostMapping("/working-group/meetings/{id}")
    String processUpdate(@PathVariable long id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
                         Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("working group");
        service.meeting(id);
        if (form.getVersion() == null) {
            result.reject("wg.form.version.missing");
        }
        MeetingCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            service.updateMeeting(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("wg.saved", null, locale));
            return "redirect:/working-group/meetings/" + id;
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return form(model, form, id);
        } catch (ConflictException e) {
            // Nothing is overwritten: the user's entry stays in the form, next to the meeting as it is now.
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.meeting(id).getVersion());
            return form(model, form, id);
        }
    }

    private MeetingCommand command(MeetingForm form, BindingResult result) {
        Integer number = FormInput.integer(form.getNumber(), "number", result, "wg.form.number.invalid");
        if (number == null && !result.hasFieldErrors("number")) {
            result.rejectValue("number", "wg.form.required");
        }
        Integer year = FormInput.integer(form.getYear(), "year", result, "wg.form.number.invalid");
        if (year == null && !result.hasFieldErrors("year")) {
            result.rejectValue("year", "wg.form.required");
        }
        var start = FormInput.date(form.getStartDate(), "startDate", result, "wg.form.date.invalid", 2000, 2100);
        var end = FormInput.date(form.getEndDate(), "endDate", result, "wg.form.date.invalid", 2000, 2100);
        MeetingFormat format = FormInput.enumOf(MeetingFormat.class, form.getFormat());
        if (format == null && FormInput.blankToNull(form.getFormat()) != null) {
            result.rejectValue("format", "wg.form.choice.invalid");
        }
        List<String> questions = form.getQuestions() == null ? List.of()
                : Arrays.stream(form.getQuestions().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.replaceFirst("^\\([^)]{1,3}\\)\\s*", "")).toList();
        return new MeetingCommand(number, year, start, end, form.getVenueAr(), form.getVenueEn(), format,
                form.getReportSymbol(), form.getLeadInAr(), form.getSubjectAr(), form.getSource(), questions);
    }

    private String form(Model model, MeetingForm form, Long id) {
        model.addAttribute("meetingForm", form);
        model.addAttribute("meetingId", id);
        model.addAttribute("formats", MeetingFormat.values());
        return FORM;
    }

    private boolean maySecretariat() {
        return currentActor.isSecretariat();
    }
}
