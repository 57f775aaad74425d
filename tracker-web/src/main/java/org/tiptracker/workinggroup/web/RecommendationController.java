package org.tiptracker.workinggroup.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.Actor;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.persistence.Citations;
import org.tiptracker.workinggroup.persistence.RecommendationCommand;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;
import org.tiptracker.workinggroup.persistence.WorkingGroupViews.Recommendation;

/**
 * A Working Group recommendation: its page, with the measures of states' reports that cite it
 * (as far as the reader may see them), and the secretariat's form (create and edit, through the
 * {@link EditFlow}). The browser and the exports are {@link RecommendationListController}'s.
 */
@Controller
record RecommendationController(WorkingGroupService service, WorkingGroupPages pages, CurrentActor currentActor,
                                EditFlow edits) {

    static final String DETAIL = "working-group/recommendation";
    static final String FORM = "working-group/recommendation-form";

    /** A recommendation's rules ({@code wg.recommendation.<field>.<rule>}); meeting and theme are chosen by id and code. */
    private static final EditFlow.Declaration RECOMMENDATION_FORM = new EditFlow.Declaration("wg.saved",
            "wg.form.version.missing", EditFlow.FieldOf.after("wg.recommendation.", Set.of(RecommendationForm.FIELDS),
                    Map.of("meeting", "meetingId", "theme", "themeCode")));

    @InitBinder("recommendationForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields(RecommendationForm.FIELDS);
    }

    @GetMapping("/working-group/recommendations/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        Recommendation r = service.recommendation(id);
        Actor actor = currentActor.find().orElse(null);
        Citations citations = service.citations(actor, id);
        String theme = service.themes().stream().filter(t -> t.code().equals(r.themeCode())).findFirst()
                .map(t -> t.name(locale)).orElse(r.themeCode());
        model.addAttribute("recommendation", r);
        model.addAttribute("meetingName", pages.meetingName(r.meeting(), locale));
        model.addAttribute("reference", pages.reference(r, locale));
        model.addAttribute("letter", WorkingGroupPages.letter(r.position(), locale));
        model.addAttribute("theme", theme);
        model.addAttribute("paragraphText", r.paragraph() == null ? null : pages.number(r.paragraph(), locale));
        model.addAttribute("citations", citations);
        model.addAttribute("citationCount", pages.number(citations.count(), locale));
        model.addAttribute("english", DisplayFormat.isEnglish(locale));
        return DETAIL;
    }

    @GetMapping("/working-group/recommendations/new")
    String initCreate(@RequestParam(required = false) Long meeting, Model model, Locale locale) {
        currentActor.requireSecretariat("working group");
        RecommendationForm form = new RecommendationForm();
        if (meeting != null) {
            form.meetingId = meeting.toString();
            form.position = Integer.toString(Math.min(Abjad.size(), service.recommendationsOf(meeting).size() + 1));
        }
        form.addressee = Addressee.STATES_PARTIES.name();
        return form(model, form, null, locale);
    }

    @GetMapping("/working-group/recommendations/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("working group");
        return form(model, RecommendationForm.of(service.recommendation(id)), id, locale);
    }

    @PostMapping({"/working-group/recommendations", "/working-group/recommendations/{id}"})
    String save(@PathVariable(required = false) Long id, @ModelAttribute("recommendationForm") RecommendationForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("working group");
        RecommendationCommand command = command(form, result);
        return edits.save(RECOMMENDATION_FORM, new EditFlow.Page(result, model, redirect, response, locale), id, form,
                () -> "/working-group/recommendations/" + (id == null
                        ? service.createRecommendation(actor, command).id()
                        : service.updateRecommendation(actor, id, form.version, command).id()),
                () -> form(model, form, id, locale), () -> service.recommendation(id).version());
    }

    private static RecommendationCommand command(RecommendationForm form, BindingResult result) {
        Long meetingId = null;
        String m = FormInput.blankToNull(form.meetingId);
        if (m == null) {
            result.rejectValue("meetingId", "wg.recommendation.meeting.required");
        } else if (!m.matches("[0-9]{1,18}")) {
            result.rejectValue("meetingId", "wg.form.choice.invalid");
        } else {
            meetingId = Long.valueOf(m);
        }
        Integer paragraph = FormInput.integer(form.paragraph, "paragraph", result, "wg.form.number.invalid");
        Integer position = FormInput.integer(form.position, "position", result, "wg.form.number.invalid");
        if (position == null && !result.hasFieldErrors("position")) {
            result.rejectValue("position", "wg.form.required");
        }
        Addressee addressee = FormInput.enumOf(Addressee.class, form.addressee);
        if (addressee == null) {
            result.rejectValue("addressee", "wg.recommendation.addressee.required");
        }
        if (FormInput.blankToNull(form.textAr) == null) {
            result.rejectValue("textAr", "wg.recommendation.textAr.required");
        }
        return new RecommendationCommand(meetingId, paragraph, position, addressee, FormInput.blankToNull(form.themeCode),
                form.textAr, form.textEn, form.source);
    }

    private String form(Model model, RecommendationForm form, Long id, Locale locale) {
        model.addAttribute("recommendationForm", form);
        model.addAttribute("recommendationId", id);
        model.addAttribute("meetings", pages.meetingOptions(service.meetings(), locale));
        model.addAttribute("themes", WorkingGroupPages.themeOptions(service.themes(), locale));
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("letters", IntStream.rangeClosed(1, Abjad.size())
                .mapToObj(i -> List.of(Integer.toString(i), Abjad.item(i))).toList());
        return FORM;
    }
}
