package org.tiptracker.agency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

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
import org.tiptracker.agency.PaperStatus;
import org.tiptracker.agency.persistence.AgencyService;
import org.tiptracker.agency.persistence.IcatService;
import org.tiptracker.agency.web.IcatForms.ChairForm;
import org.tiptracker.agency.web.IcatForms.MembershipForm;
import org.tiptracker.agency.web.IcatForms.PaperForm;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.Actor;
import org.tiptracker.common.DomainException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.EditFlow;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.RequestDates;

/**
 * ICAT: its members as of a date, its Working Group, the chair of each year and its policy papers;
 * the secretariat's forms to record a chair, a membership and to add or correct a paper
 * ({@link EditFlow}; a refused entry answers 400).
 */
@Controller
record IcatController(IcatService icat, AgencyService agencies, CurrentActor currentActor, DisplayFormat format,
                      EditFlow edits, Clock clock) {

    /** A membership line: the record, the agency's acronym and name, its dates formatted. */
    record MemberLine(IcatService.Member member, String acronym, String name, String fromText, String untilText) {
    }

    record ChairLine(IcatService.Chair chair, String yearText, String name) {
    }

    record PaperLine(IcatService.Paper paper, String yearText, String title) {
    }

    private static final Map<String, String> AGENCY_RULES = Map.of("icat.agency.required", "agency",
            "icat.agency.unknown", "agency");
    private static final EditFlow.Declaration CHAIR = declaration(Map.of("icat.chair.year.invalid", "year"));
    private static final EditFlow.Declaration MEMBERSHIP = declaration(Map.of("icat.member.role.invalid", "role",
            "icat.member.from.required", "from", "icat.member.period.order", "until", "icat.member.overlap", "agency"));
    private static final EditFlow.Declaration PAPER = declaration(Map.of("icat.paper.titleAr.required", "titleAr",
            "icat.paper.titleEn.required", "titleEn", "icat.paper.year.invalid", "year",
            "icat.paper.status.required", "status"));

    private static EditFlow.Declaration declaration(Map<String, String> rules) {
        Map<String, String> all = new java.util.HashMap<>(AGENCY_RULES);
        all.putAll(rules);
        return new EditFlow.Declaration("icat.saved", "icat.form.version.missing", EditFlow.FieldOf.byRule(all));
    }

    @InitBinder({"chairForm", "membershipForm", "paperForm"})
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("year", "agency", "source", "role", "from", "until", "titleAr", "titleEn", "status", "version");
    }

    @GetMapping("/icat")
    String index(@RequestParam(required = false) String asOf, Model model, Locale locale) {
        LocalDate date = RequestDates.parse("asOf", asOf, LocalDate.now(clock));
        boolean english = DisplayFormat.isEnglish(locale);
        model.addAttribute("asOf", date.toString());
        model.addAttribute("asOfText", format.date(date, locale));
        model.addAttribute("members", lines(icat.membersAsOf(date), english, locale));
        model.addAttribute("membersCountText", format.number(icat.membersAsOf(date).stream()
                .filter(m -> "MEMBER".equals(m.role())).count(), locale));
        model.addAttribute("workingGroup", lines(icat.workingGroupAsOf(date), english, locale));
        model.addAttribute("chairs", icat.chairs().stream().map(c -> new ChairLine(c, format.year(c.year(), locale),
                english ? c.nameEn() : c.nameAr())).toList());
        model.addAttribute("papers", icat.papers().stream().map(p -> new PaperLine(p, format.year(p.year(), locale),
                english ? p.titleEn() : p.titleAr())).toList());
        return "icat/index";
    }

    @GetMapping("/icat/chairs/new")
    String chairForm(Model model) {
        currentActor.requireSecretariat("icat");
        return form(model, "chairForm", new ChairForm(), "icat/chair-form");
    }

    @PostMapping("/icat/chairs")
    String saveChair(@ModelAttribute("chairForm") ChairForm form, BindingResult result, Model model,
                     RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("icat");
        Integer year = year(form.year, "icat.chair.year.invalid", result);
        return save(CHAIR, null, null, result, model, redirect, locale, response, () -> {
            icat.setChair(actor, year, form.agency, form.source);
            return "/icat";
        }, () -> form(model, "chairForm", form, "icat/chair-form"), null);
    }

    @GetMapping("/icat/members/new")
    String memberForm(Model model) {
        currentActor.requireSecretariat("icat");
        return form(model, "membershipForm", new MembershipForm(), "icat/member-form");
    }

    @PostMapping("/icat/members")
    String addMember(@ModelAttribute("membershipForm") MembershipForm form, BindingResult result, Model model,
                     RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("icat");
        LocalDate from = memberDate(form.from, "from", result);
        LocalDate until = memberDate(form.until, "until", result);
        if (form.from == null || form.from.isBlank()) {
            result.rejectValue("from", "icat.member.from.required");
        }
        return save(MEMBERSHIP, null, null, result, model, redirect, locale, response, () -> {
            icat.addMembership(actor, form.agency, form.role, from, until, form.source);
            return "/icat?asOf=" + from;
        }, () -> form(model, "membershipForm", form, "icat/member-form"), null);
    }

    @GetMapping("/icat/papers/new")
    String newPaper(Model model) {
        currentActor.requireSecretariat("icat");
        return paperForm(model, null, new PaperForm());
    }

    @GetMapping("/icat/papers/{id}/edit")
    String editPaper(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("icat");
        return paperForm(model, id, PaperForm.of(icat.paper(id)));
    }

    @PostMapping({"/icat/papers", "/icat/papers/{id}"})
    String savePaper(@PathVariable(required = false) Long id, @ModelAttribute("paperForm") PaperForm form,
                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        if (id != null) {
            icat.paper(id);
        }
        Actor actor = currentActor.requireSecretariat("icat");
        Integer year = year(form.year, "icat.paper.year.invalid", result);
        PaperStatus status = FormInput.enumOf(PaperStatus.class, form.status);
        return save(PAPER, id, form.version, result, model, redirect, locale, response,
                () -> "/icat#paper-" + icat.savePaper(actor, id, form.version, form.titleAr, form.titleEn,
                        year, status, form.source),
                () -> paperForm(model, id, form), version -> form.version = version);
    }

    /**
     * Saves through {@link EditFlow}; a refused entry answers 400 (409 when the record changed
     * meanwhile). {@code reopenAt} null: the record has no version (a chair, a membership).
     */
    private String save(EditFlow.Declaration declaration, Long id, Long version, BindingResult result, Model model,
                        RedirectAttributes redirect, Locale locale, HttpServletResponse response, EditFlow.Save save,
                        Supplier<String> form, java.util.function.LongConsumer reopenAt) {
        return edits.save(declaration, new EditFlow.Page(result, model, redirect, response, locale), id != null, version,
                save, () -> {
                    if (response.getStatus() != HttpServletResponse.SC_CONFLICT) {
                        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    }
                    return form.get();
                }, () -> icat.paper(id).version(), reopenAt == null ? v -> { } : reopenAt);
    }

    /** A year of four digits (Arabic-Indic digits read), else {@code invalidKey} on the field. */
    private static Integer year(String value, String invalidKey, BindingResult result) {
        String digits = value == null ? "" : UnArabic.westernDigits(value.strip());
        if (!digits.matches("\\d{4}")) {
            result.rejectValue("year", invalidKey);
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static LocalDate memberDate(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestDates.parse(field, value, null);
        } catch (DomainException e) {
            result.rejectValue(field, "activity.form.date.invalid");
            return null;
        }
    }

    private String paperForm(Model model, Long id, PaperForm form) {
        model.addAttribute("paperId", id);
        model.addAttribute("statuses", PaperStatus.values());
        return form(model, "paperForm", form, "icat/paper-form");
    }

    private String form(Model model, String attribute, Object form, String view) {
        model.addAttribute(attribute, form);
        model.addAttribute("agencies", agencies.all());
        return view;
    }

    private List<MemberLine> lines(List<IcatService.Member> members, boolean english, Locale locale) {
        return members.stream().map(m -> new MemberLine(m, m.acronym(), english ? m.nameEn() : m.nameAr(),
                format.date(m.from(), locale), m.until() == null ? "" : format.date(m.until(), locale))).toList();
    }
}
