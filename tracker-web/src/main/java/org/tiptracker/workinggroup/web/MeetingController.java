package org.tiptracker.workinggroup.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

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
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;
import org.tiptracker.workinggroup.MeetingFormat;
import org.tiptracker.workinggroup.MeetingRules;
import org.tiptracker.workinggroup.persistence.MeetingCommand;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Meeting;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;

/**
 * The Working Group's meetings: the list (newest first, with counts), each meeting with its
 * questions for discussion and its recommendations printed as the papers quote them, and the
 * secretariat's form (create and edit, through the {@link EditFlow}).
 */
@Controller
record MeetingController(WorkingGroupService service, WorkingGroupPages pages, CurrentActor currentActor,
                         EditFlow edits) {

    static final String INDEX = "working-group/index";
    static final String MEETING = "working-group/meeting";
    static final String FORM = "working-group/meeting-form";

    private static final EditFlow.Declaration MEETING_FORM = new EditFlow.Declaration("wg.saved",
            "wg.form.version.missing", EditFlow.FieldOf.byRule(Map.of(
                    "wg.meeting.number.range", "number",
                    "wg.meeting.number.taken", "number",
                    "wg.meeting.year.range", "year",
                    "wg.meeting.dates.order", "endDate",
                    "wg.meeting.dates.startMissing", "startDate",
                    "wg.meeting.dates.year", "startDate",
                    "wg.meeting.questions.tooMany", "questions")));

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
    record RecommendationLine(long id, String letter, String textAr, String textEn, String addressee, String theme) {
    }

    @GetMapping("/working-group")
    String index(Model model, Locale locale) {
        List<MeetingSummary> meetings = service.meetings();
        model.addAttribute("meetings", meetings.stream().map(s -> line(s, locale)).toList());
        model.addAttribute("totalRecommendations", pages.number(
                meetings.stream().mapToLong(MeetingSummary::recommendations).sum(), locale));
        return INDEX;
    }

    private MeetingLine line(MeetingSummary s, Locale locale) {
        Meeting m = s.meeting();
        return new MeetingLine(m.id(), pages.meetingName(m, locale), pages.year(m.year(), locale),
                pages.dates(m, locale), pages.venue(m, locale), m.format(), m.reportSymbol(),
                pages.number(s.questions(), locale), pages.number(s.recommendations(), locale), m.demo());
    }

    @GetMapping("/working-group/meetings/{id}")
    String meeting(@PathVariable long id, Model model, Locale locale) {
        Meeting meeting = service.meeting(id);
        List<String> questions = service.questions(id);
        Map<String, String> themeNames = WorkingGroupPages.themeNames(service.themes(), locale);
        List<RecommendationLine> recommendations = service.recommendationsOf(id).stream()
                .map(r -> recommendationLine(r, themeNames, locale)).toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingName", pages.meetingName(meeting, locale));
        model.addAttribute("dates", pages.dates(meeting, locale));
        model.addAttribute("venue", pages.venue(meeting, locale));
        model.addAttribute("questions", IntStream.range(0, questions.size())
                .mapToObj(i -> List.of(Abjad.item(i + 1), questions.get(i))).toList());
        model.addAttribute("printed", service.printed(id));
        model.addAttribute("recommendations", recommendations);
        return MEETING;
    }

    private RecommendationLine recommendationLine(Recommendation r, Map<String, String> themeNames, Locale locale) {
        return new RecommendationLine(r.id(), WorkingGroupPages.letter(r.position(), locale), r.textAr(), r.textEn(),
                pages.addressee(r.addressee(), locale),
                themeNames.getOrDefault(r.themeCode(), r.themeCode()));
    }

    @GetMapping("/working-group/meetings/new")
    String initCreate(Model model) {
        currentActor.requireSecretariat("working group");
        return form(model, new MeetingForm(), null);
    }

    @GetMapping("/working-group/meetings/{id}/edit")
    String initUpdate(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("working group");
        return form(model, MeetingForm.of(service.meeting(id), service.questions(id)), id);
    }

    @PostMapping({"/working-group/meetings", "/working-group/meetings/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("meetingForm") MeetingForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("working group");
        MeetingCommand command = command(form, result);
        return edits.save(MEETING_FORM, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> "/working-group/meetings/" + (id == null
                        ? service.createMeeting(actor, command).id()
                        : service.updateMeeting(actor, id, form.version, command).id()),
                () -> form(model, form, id), () -> service.meeting(id).version());
    }

    private static MeetingCommand command(MeetingForm form, BindingResult result) {
        Integer number = FormInput.integer(form.number, "number", result, "wg.form.number.invalid");
        if (number == null && !result.hasFieldErrors("number")) {
            result.rejectValue("number", "wg.form.required");
        }
        Integer year = FormInput.integer(form.year, "year", result, "wg.form.number.invalid");
        if (year == null && !result.hasFieldErrors("year")) {
            result.rejectValue("year", "wg.form.required");
        }
        var start = FormInput.date(form.startDate, "startDate", result, "wg.form.date.invalid",
                MeetingRules.MIN_YEAR, MeetingRules.MAX_YEAR);
        var end = FormInput.date(form.endDate, "endDate", result, "wg.form.date.invalid",
                MeetingRules.MIN_YEAR, MeetingRules.MAX_YEAR);
        MeetingFormat format = FormInput.enumOf(MeetingFormat.class, form.format);
        if (format == null && FormInput.blankToNull(form.format) != null) {
            result.rejectValue("format", "wg.form.choice.invalid");
        }
        return new MeetingCommand(number, year, start, end, form.venueAr, form.venueEn, format,
                form.reportSymbol, form.leadInAr, form.subjectAr, form.source,
                MeetingRules.questions(form.questions));
    }

    private String form(Model model, MeetingForm form, Long id) {
        model.addAttribute("meetingForm", form);
        model.addAttribute("meetingId", id);
        model.addAttribute("formats", MeetingFormat.values());
        return FORM;
    }
}
