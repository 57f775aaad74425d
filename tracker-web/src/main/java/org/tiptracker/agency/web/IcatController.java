package org.tiptracker.agency.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiptracker.agency.PaperStatus;
import org.tiptracker.agency.persistence.AgencyRepository;
import org.tiptracker.agency.persistence.IcatService;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.web.RequestDates;

/**
 * ICAT: its members as of a date, its Working Group, the chair of each year and its policy papers;
 * the secretariat's forms to record a chair and to add or correct a paper.
 */
@Controller
class IcatController {

    /** A membership line: the record, the agency's acronym and name, its dates formatted. */
    record MemberLine(IcatService.Member member, String acronym, String name, String fromText, String untilText) {
    }

    record ChairLine(IcatService.Chair chair, String yearText, String name) {
    }

    record PaperLine(IcatService.Paper paper, String yearText, String title) {
    }

    private final IcatService icat;
    private final AgencyRepository agencies;
    private final CurrentActor currentActor;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final DomainMessages domainMessages;
    private final Clock clock;

    IcatController(IcatService icat, AgencyRepository agencies, CurrentActor currentActor, DisplayFormat format,
                   MessageSource messages, DomainMessages domainMessages, Clock clock) {
        this.icat = icat;
        this.agencies = agencies;
        this.currentActor = currentActor;
        this.format = format;
        this.messages = messages;
        this.domainMessages = domainMessages;
        this.clock = clock;
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
        model.addAttribute("chairs", icat.chairs().stream().map(c -> new ChairLine(c, year(c.year(), locale),
                english ? c.nameEn() : c.nameAr())).toList());
        model.addAttribute("papers", icat.papers().stream().map(p -> new PaperLine(p, year(p.year(), locale),
                english ? p.titleEn() : p.titleAr())).toList());
        return "icat/index";
    }

    @GetMapping("/icat/chairs/new")
    String chairForm(Model model) {
        currentActor.requireSecretariat("icat");
        return chairForm(model, "", "", "", null, Map.of());
    }

    @PostMapping("/icat/chairs")
    String saveChair(@RequestParam(required = false) String year, @RequestParam(required = false) String agency,
                     @RequestParam(required = false) String source, Model model, RedirectAttributes redirect,
                     Locale locale, HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("icat");
        String digits = year == null ? "" : UnArabic.westernDigits(year.strip());
        if (!digits.matches("\\d{4}")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return chairForm(model, year, agency, source, null, Map.of("year", text("icat.chair.year.invalid", locale)));
        }
        try {
            icat.setChair(actor, Integer.parseInt(digits), agency, source);
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String field = e.messageKey().contains(".agency.") ? "agency" : e.messageKey().contains(".year.") ? "year" : "source";
            return chairForm(model, year, agency, source, null, Map.of(field, domainMessages.message(e, locale)));
        }
        redirect.addFlashAttribute("saved", messages.getMessage("icat.saved", null, locale));
        return "redirect:/icat";
    }

    @GetMapping("/icat/members/new")
    String memberForm(Model model) {
        currentActor.requireSecretariat("icat");
        return memberForm(model, "", "MEMBER", "", "", "", Map.of());
    }

    @PostMapping("/icat/members")
    String addMember(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale,
                     HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("icat");
        String agency = params.getOrDefault("agency", "");
        String role = params.getOrDefault("role", "");
        String from = params.getOrDefault("from", "");
        String until = params.getOrDefault("until", "");
        String source = params.getOrDefault("source", "");
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        LocalDate fromDate = memberDate(from, "from", errors, locale);
        LocalDate untilDate = memberDate(until, "until", errors, locale);
        if (from.isBlank()) {
            errors.put("from", text("icat.member.from.required", locale));
        }
        if (errors.isEmpty()) {
            try {
                icat.addMembership(actor, agency, role, fromDate, untilDate, source);
                redirect.addFlashAttribute("saved", messages.getMessage("icat.saved", null, locale));
                return "redirect:/icat?asOf=" + fromDate;
            } catch (DomainException e) {
                String key = e.messageKey();
                String field = key.contains(".role.") ? "role" : key.contains(".period.") ? "until"
                        : key.contains(".from.") ? "from" : key.contains(".source") || key.endsWith("tooLong") ? "source" : "agency";
                errors.put(field, domainMessages.message(e, locale));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return memberForm(model, agency, role, from, until, source, errors);
    }

    private LocalDate memberDate(String value, String field, Map<String, String> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestDates.parse(field, UnArabic.westernDigits(value.strip()), null);
        } catch (DomainException e) {
            errors.put(field, text("activity.form.date.invalid", locale));
            return null;
        }
    }

    private String memberForm(Model model, String agency, String role, String from, String until, String source,
                              Map<String, String> errors) {
        model.addAttribute("agency", agency);
        model.addAttribute("role", role);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("source", source);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.findAllByOrderBySortOrderAscAcronymAsc());
        return "icat/member-form";
    }

    @GetMapping("/icat/papers/new")
    String newPaper(Model model) {
        currentActor.requireSecretariat("icat");
        return paperForm(model, null, null, "", "", "", PaperStatus.PUBLISHED.name(), "", null, Map.of());
    }

    @GetMapping("/icat/papers/{id}/edit")
    String editPaper(@PathVariable long id, Model model) {
        currentActor.requireSecretariat("icat");
        IcatService.Paper p = icat.paper(id);
        return paperForm(model, id, p.version(), p.titleAr(), p.titleEn(), String.valueOf(p.year()), p.status().name(),
                p.source() == null ? "" : p.source(), null, Map.of());
    }

    @PostMapping("/icat/papers")
    String createPaper(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        return savePaper(null, params, model, redirect, locale, response);
    }

    @PostMapping("/icat/papers/{id}")
    String updatePaper(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
                       RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        icat.paper(id);
        return savePaper(id, params, model, redirect, locale, response);
    }

    private String savePaper(Long id, Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale,
                             HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("icat");
        String titleAr = params.getOrDefault("titleAr", "");
        String titleEn = params.getOrDefault("titleEn", "");
        String year = params.getOrDefault("year", "");
        String status = params.getOrDefault("status", "");
        String source = params.getOrDefault("source", "");
        Long version = null;
        String givenVersion = params.get("version");
        if (givenVersion != null && givenVersion.matches("\\d{1,18}")) {
            version = Long.valueOf(givenVersion);
        }
        String digits = UnArabic.westernDigits(year.strip());
        PaperStatus paperStatus = FormInput.enumOf(PaperStatus.class, status);
        try {
            if (!digits.matches("\\d{4}")) {
                throw new DomainException("icat.paper.year.invalid");
            }
            long saved = icat.savePaper(actor, id, version, titleAr, titleEn, Integer.valueOf(digits), paperStatus, source);
            redirect.addFlashAttribute("saved", messages.getMessage("icat.saved", null, locale));
            return "redirect:/icat#paper-" + saved;
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String key = e.messageKey();
            String field = e.field() != null ? e.field() : key.contains("titleAr") ? "titleAr" : key.contains("titleEn") || key.contains("title.") ? "titleEn"
                    : key.contains("year") ? "year" : key.contains("status") ? "status" : "source";
            return paperForm(model, id, version, titleAr, titleEn, year, status, source, null,
                    Map.of(field, domainMessages.message(e, locale)));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            IcatService.Paper now = icat.paper(id);
            return paperForm(model, id, now.version(), titleAr, titleEn, year, status, source, e.current(), Map.of());
        }
    }

    private String chairForm(Model model, String year, String agency, String source, String conflict, Map<String, String> errors) {
        model.addAttribute("year", year);
        model.addAttribute("agency", agency);
        model.addAttribute("source", source);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", agencies.findAllByOrderBySortOrderAscAcronymAsc());
        return "icat/chair-form";
    }

    private String paperForm(Model model, Long id, Long version, String titleAr, String titleEn, String year, String status,
                             String source, String conflictCurrent, Map<String, String> errors) {
        model.addAttribute("paperId", id);
        model.addAttribute("version", version);
        model.addAttribute("titleAr", titleAr);
        model.addAttribute("titleEn", titleEn);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("source", source);
        model.addAttribute("statuses", PaperStatus.values());
        model.addAttribute("conflictCurrent", conflictCurrent);
        model.addAttribute("errors", errors);
        return "icat/paper-form";
    }

    private List<MemberLine> lines(List<IcatService.Member> members, boolean english, Locale locale) {
        return members.stream().map(m -> new MemberLine(m, m.acronym(), english ? m.nameEn() : m.nameAr(),
                format.date(m.from(), locale), m.until() == null ? "" : format.date(m.until(), locale))).toList();
    }

    private String year(int year, Locale locale) {
        return format.year(year, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
