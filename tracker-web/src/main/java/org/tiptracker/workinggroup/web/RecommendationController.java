package org.tiptracker.workinggroup.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.tiptracker.arabic.Abjad;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.SpreadsheetText;
import org.tiptracker.export.CsvFile;
import org.tiptracker.export.TableSheet;
import org.tiptracker.security.CurrentActor;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;
import org.tiptracker.web.FormInput;
import org.tiptracker.workinggroup.Addressee;
import org.tiptracker.workinggroup.persistence.Citations;
import org.tiptracker.workinggroup.persistence.MeetingSummary;
import org.tiptracker.workinggroup.persistence.RecommendationCommand;
import org.tiptracker.workinggroup.persistence.RecommendationCriteria;
import org.tiptracker.workinggroup.persistence.WgRecommendationEntity;
import org.tiptracker.workinggroup.persistence.WgThemeEntity;
import org.tiptracker.workinggroup.persistence.WorkingGroupService;

/**
 * The Working Group's recommendations: browse (by meeting, theme and addressee, with a search
 * forgiving Arabic spelling variants) and export what is shown; each recommendation with the
 * measures of states' reports that cite it (as far as the reader may see them); the
 * secretariat's form.
 */
@Controller
class RecommendationController {

    static final String LIST = "working-group/recommendations";
    static final String DETAIL = "working-group/recommendation";
    static final String FORM = "working-group/recommendation-form";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "wg.recommendation.meeting.required", "meetingId",
            "wg.recommendation.paragraph.range", "paragraph",
            "wg.recommendation.position.range", "position",
            "wg.recommendation.position.taken", "position",
            "wg.recommendation.addressee.required", "addressee",
            "wg.recommendation.theme.unknown", "themeCode",
            "wg.recommendation.textAr.required", "textAr");

    private final WorkingGroupService service;
    private final WorkingGroupPages pages;
    private final CurrentActor currentActor;
    private final MessageSource messages;
    private final DomainMessages domainMessages;

    RecommendationController(WorkingGroupService service, WorkingGroupPages pages, CurrentActor currentActor,
                             MessageSource messages, DomainMessages domainMessages) {
        this.service = service;
        this.pages = pages;
        this.currentActor = currentActor;
        this.messages = messages;
        this.domainMessages = domainMessages;
    }

    @InitBinder("recommendationForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("meetingId", "paragraph", "position", "addressee", "themeCode", "textAr", "textEn",
                "source", "version");
    }

    /** The filters as typed (kept for the form) and as understood (unknown values are ignored). */
    record Filter(String meeting, String theme, String addressee, String q, RecommendationCriteria criteria) {

        static Filter of(String meeting, String theme, String addressee, String q, List<MeetingSummary> meetings,
                         List<WgThemeEntity> themes) {
            Long meetingId = meetings.stream().map(s -> s.meeting().getId())
                    .filter(id -> id.toString().equals(meeting)).findFirst().orElse(null);
            String themeCode = themes.stream().map(WgThemeEntity::getCode).filter(c -> c.equals(theme)).findFirst()
                    .orElse(null);
            Addressee who = Arrays.stream(Addressee.values()).filter(a -> a.name().equals(addressee)).findFirst()
                    .orElse(null);
            String query = q == null ? "" : q.strip();
            if (query.length() > 200) {
                query = query.substring(0, 200);
            }
            return new Filter(meetingId == null ? "" : meetingId.toString(), themeCode == null ? "" : themeCode,
                    who == null ? "" : who.name(), query,
                    new RecommendationCriteria(meetingId, themeCode, who, query.isEmpty() ? null : query));
        }

        Map<String, String> params() {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("meeting", meeting);
            out.put("theme", theme);
            out.put("addressee", addressee);
            out.put("q", q);
            return out;
        }
    }

    /** One recommendation in a list. */
    record Line(long id, String meeting, String year, String letter, String addressee, String theme, String textAr,
                String textEn, boolean demo) {
    }

    @GetMapping("/working-group/recommendations")
    String list(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
                @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
                Model model, Locale locale) {
        List<MeetingSummary> meetings = service.meetings();
        List<WgThemeEntity> themes = service.themes();
        Filter filter = Filter.of(meeting, theme, addressee, q, meetings, themes);
        List<Line> lines = lines(filter, themes, locale);
        model.addAttribute("filter", filter);
        model.addAttribute("ignoredFilters", new org.tiptracker.web.IgnoredFilters()
                .check("wg.filter.meeting", meeting, filter.meeting().isEmpty() ? null : filter.meeting())
                .check("wg.filter.theme", theme, filter.theme().isEmpty() ? null : filter.theme())
                .check("wg.filter.addressee", addressee, filter.addressee().isEmpty() ? null : filter.addressee())
                .messages(messages, locale));
        model.addAttribute("meetings", meetings.stream()
                .map(s -> List.of(s.meeting().getId().toString(), pages.meetingName(s.meeting(), locale))).toList());
        model.addAttribute("themes", themes.stream().map(t -> List.of(t.getCode(), t.name(locale))).toList());
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("lines", lines);
        model.addAttribute("countText", pages.number(lines.size(), locale));
        model.addAttribute("csvParams", filter.params());
        model.addAttribute("maySecretariat", maySecretariat());
        return LIST;
    }

    private List<Line> lines(Filter filter, List<WgThemeEntity> themes, Locale locale) {
        Map<String, String> themeNames = new HashMap<>();
        themes.forEach(t -> themeNames.put(t.getCode(), t.name(locale)));
        return service.search(filter.criteria()).stream().map(r -> new Line(r.getId(),
                pages.meetingName(r.getMeeting(), locale), pages.year(r.getMeeting().getYear(), locale), pages.letter(r),
                messages.getMessage("wg.addressee." + r.getAddressee().name(), null, locale),
                themeNames.getOrDefault(r.getThemeCode(), r.getThemeCode()), r.getTextAr(), r.getTextEn(), r.isDemo()))
                .toList();
    }

    @GetMapping("/working-group/recommendations/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
                               @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
                               Locale locale) {
        List<WgThemeEntity> themes = service.themes();
        Filter filter = Filter.of(meeting, theme, addressee, q, service.meetings(), themes);
        List<List<String>> rows = lines(filter, themes, locale).stream().map(this::cells).toList();
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("csv"))
                .body(CsvFile.of(header(locale), rows));
    }

    @GetMapping("/working-group/recommendations/export.xlsx")
    void xlsx(@RequestParam(required = false) String meeting, @RequestParam(required = false) String theme,
              @RequestParam(required = false) String addressee, @RequestParam(required = false) String q,
              Locale locale, HttpServletResponse response) throws IOException {
        List<WgThemeEntity> themes = service.themes();
        Filter filter = Filter.of(meeting, theme, addressee, q, service.meetings(), themes);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<String> header = header(locale);
            Sheet sheet = TableSheet.create(workbook, messages.getMessage("wg.export.sheet", null, locale),
                    !DisplayFormat.isEnglish(locale), header);
            sheet.setColumnWidth(5, 80 * 256);
            int rowIndex = 1;
            for (Line line : lines(filter, themes, locale)) {
                Row row = sheet.createRow(rowIndex++);
                List<String> cells = cells(line);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(SpreadsheetText.neutralize(cells.get(i)));
                }
            }
            response.setContentType(XLSX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition("xlsx"));
            workbook.write(response.getOutputStream());
        }
    }

    private List<String> header(Locale locale) {
        List<String> out = new ArrayList<>();
        for (String key : List.of("wg.column.meeting", "wg.column.year", "wg.column.letter", "wg.column.addressee",
                "wg.column.theme", "wg.column.textAr", "wg.column.textEn", "wg.column.id")) {
            out.add(messages.getMessage(key, null, locale));
        }
        return out;
    }

    private List<String> cells(Line line) {
        return List.of(line.meeting(), line.year(), line.letter(), line.addressee(), line.theme(), line.textAr(),
                line.textEn() == null ? "" : line.textEn(), Long.toString(line.id()));
    }

    private static String disposition(String extension) {
        return ContentDisposition.attachment().filename("working-group-recommendations." + extension).build().toString();
    }

    @GetMapping("/working-group/recommendations/{id}")
    String detail(@PathVariable long id, Model model, Locale locale) {
        WgRecommendationEntity r = service.recommendation(id);
        Actor actor = actorOrNull();
        Citations citations = service.citations(actor, id);
        String theme = service.themes().stream().filter(t -> t.getCode().equals(r.getThemeCode())).findFirst()
                .map(t -> t.name(locale)).orElse(r.getThemeCode());
        model.addAttribute("recommendation", r);
        model.addAttribute("meetingName", pages.meetingName(r.getMeeting(), locale));
        model.addAttribute("reference", pages.reference(r, locale));
        model.addAttribute("letter", pages.letter(r));
        model.addAttribute("theme", theme);
        model.addAttribute("paragraphText", r.getParagraph() == null ? null : pages.number(r.getParagraph(), locale));
        model.addAttribute("citations", citations);
        model.addAttribute("citationCount", pages.number(citations.count(), locale));
        model.addAttribute("english", DisplayFormat.isEnglish(locale));
        model.addAttribute("maySecretariat", actor != null && actor.isSecretariat());
        return DETAIL;
    }

    @GetMapping("/working-group/recommendations/new")
    String initCreate(@RequestParam(required = false) Long meeting, Model model, Locale locale) {
        currentActor.requireSecretariat("working group");
        RecommendationForm form = new RecommendationForm();
        if (meeting != null) {
            form.setMeetingId(meeting.toString());
            form.setPosition(Integer.toString(Math.min(Abjad.size(), service.recommendationsOf(meeting).size() + 1)));
        }
        form.setAddressee(Addressee.STATES_PARTIES.name());
        return form(model, form, null, locale);
    }

    @PostMapping("/working-group/recommendations")
    String processCreate(@ModelAttribute("recommendationForm") RecommendationForm form, BindingResult result,
                         Model model, RedirectAttributes redirect, Locale locale) {
        Actor actor = currentActor.requireSecretariat("working group");
        RecommendationCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, null, locale);
        }
        try {
            WgRecommendationEntity saved = service.createRecommendation(actor, command);
            redirect.addFlashAttribute("saved", messages.getMessage("wg.saved", null, locale));
            return "redirect:/working-group/recommendations/" + saved.getId();
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return form(model, form, null, locale);
        }
    }

    @GetMapping("/working-group/recommendations/{id}/edit")
    String initUpdate(@PathVariable long id, Model model, Locale locale) {
        currentActor.requireSecretariat("working group");
        WgRecommendationEntity r = service.recommendation(id);
        RecommendationForm form = new RecommendationForm();
        form.setMeetingId(r.getMeeting().getId().toString());
        form.setParagraph(r.getParagraph() == null ? "" : r.getParagraph().toString());
        form.setPosition(Integer.toString(r.getPosition()));
        form.setAddressee(r.getAddressee().name());
        form.setThemeCode(r.getThemeCode());
        form.setTextAr(r.getTextAr());
        form.setTextEn(r.getTextEn());
        form.setSource(r.getSource());
        form.setVersion(r.getVersion());
        return form(model, form, id, locale);
    }

    @PostMapping("/working-group/recommendations/{id}")
    String processUpdate(@PathVariable long id, @ModelAttribute("recommendationForm") RecommendationForm form,
                         BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                         HttpServletResponse response) {
        Actor actor = currentActor.requireSecretariat("working group");
        service.recommendation(id);
        if (form.getVersion() == null) {
            result.reject("wg.form.version.missing");
        }
        RecommendationCommand command = command(form, result);
        if (result.hasErrors()) {
            return form(model, form, id, locale);
        }
        try {
            service.updateRecommendation(actor, id, form.getVersion(), command);
            redirect.addFlashAttribute("saved", messages.getMessage("wg.saved", null, locale));
            return "redirect:/working-group/recommendations/" + id;
        } catch (DomainException e) {
            FormInput.reject(result, e, FIELD_OF_RULE, domainMessages, locale);
            return form(model, form, id, locale);
        } catch (ConflictException e) {
            // Nothing is overwritten: the user's entry stays in the form, next to the recommendation as it is now.
            FormInput.conflict(e, result, model, response);
            form.setVersion(service.recommendation(id).getVersion());
            return form(model, form, id, locale);
        }
    }

    private RecommendationCommand command(RecommendationForm form, BindingResult result) {
        Long meetingId = null;
        String m = FormInput.blankToNull(form.getMeetingId());
        if (m == null) {
            result.rejectValue("meetingId", "wg.recommendation.meeting.required");
        } else if (!m.matches("[0-9]{1,18}")) {
            result.rejectValue("meetingId", "wg.form.choice.invalid");
        } else {
            meetingId = Long.valueOf(m);
        }
        Integer paragraph = FormInput.integer(form.getParagraph(), "paragraph", result, "wg.form.number.invalid");
        Integer position = FormInput.integer(form.getPosition(), "position", result, "wg.form.number.invalid");
        if (position == null && !result.hasFieldErrors("position")) {
            result.rejectValue("position", "wg.form.required");
        }
        Addressee addressee = FormInput.enumOf(Addressee.class, form.getAddressee());
        if (addressee == null) {
            result.rejectValue("addressee", "wg.recommendation.addressee.required");
        }
        if (FormInput.blankToNull(form.getTextAr()) == null) {
            result.rejectValue("textAr", "wg.recommendation.textAr.required");
        }
        return new RecommendationCommand(meetingId, paragraph, position, addressee, FormInput.blankToNull(form.getThemeCode()),
                form.getTextAr(), form.getTextEn(), form.getSource());
    }

    private String form(Model model, RecommendationForm form, Long id, Locale locale) {
        model.addAttribute("recommendationForm", form);
        model.addAttribute("recommendationId", id);
        model.addAttribute("meetings", service.meetings().stream()
                .map(s -> List.of(s.meeting().getId().toString(), pages.meetingName(s.meeting(), locale))).toList());
        model.addAttribute("themes", service.themes().stream().map(t -> List.of(t.getCode(), t.name(locale))).toList());
        model.addAttribute("addressees", Addressee.values());
        model.addAttribute("letters", java.util.stream.IntStream.rangeClosed(1, Abjad.size())
                .mapToObj(i -> List.of(Integer.toString(i), Abjad.item(i))).toList());
        return FORM;
    }

    private Actor actorOrNull() {
        try {
            return currentActor.get();
        } catch (ForbiddenException e) {
            return null;
        }
    }

    private boolean maySecretariat() {
        return currentActor.isSecretariat();
    }
}
