package org.tiptracker.treaty.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.ActionImportService;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.treaty.untc.ActionImportOutcome;
import org.tiptracker.treaty.untc.ActionImportPreview;
import org.tiptracker.treaty.untc.ActionImportRow;
import org.tiptracker.treaty.untc.UntcFile;
import org.tiptracker.web.DisplayFormat;
import org.tiptracker.web.DomainMessages;

/**
 * Secretariat staff import a treaty's actions from a CSV file in the UN Treaty Collection layout:
 * upload, check every row in a preview, then apply the whole file at once. Between preview and
 * apply the file stays in the user's session under a one-time token; applying checks it again.
 */
@Controller
record ActionImportController(ActionImportService service, TreatyRegistry registry, MessageSource messages,
                              DomainMessages domainMessages, DisplayFormat format) {

    static final String FORM = "actions/import";
    static final String PREVIEW = "actions/import-preview";
    static final String PENDING = ActionImportController.class.getName() + ".pending";
    /** Uploads kept per session, waiting to be applied; the oldest is dropped beyond this. */
    static final int MAX_PENDING = 3;

    /** An uploaded file waiting to be applied. */
    record PendingImport(byte[] content, TreatyCode treaty, String reason) implements Serializable {
    }

    /** One outcome as shown: {@code status} is new, unchanged or error. */
    record OutcomeView(String status, String label, String text) {
    }

    /** One row as shown; the file's cells are shown as text, never interpreted. */
    record RowView(String number, String participant, String recognized, String signature, String instrument,
                   boolean error, List<OutcomeView> outcomes) {
    }

    @GetMapping("/actions/import")
    String form(@RequestParam(required = false) String treaty, Model model) {
        return form(model, TreatyCode.parse(treaty).map(Enum::name).orElse(null), null, null);
    }

    @PostMapping("/actions/import")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String treaty,
                  @RequestParam(required = false) String reason, Model model, Locale locale, HttpSession session,
                  HttpServletResponse response) {
        TreatyCode code = TreatyCode.parse(treaty).orElse(null);
        ActionImportPreview preview;
        byte[] content;
        try {
            content = content(file);
            preview = service.preview(content, code, reason);
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, code == null ? null : code.name(), reason, domainMessages.message(e, locale));
        }
        String token = null;
        if (preview.valid() && preview.newActions() > 0) {
            token = remember(session, new PendingImport(content, code, reason));
        }
        return preview(model, preview, token, null, locale);
    }

    @PostMapping("/actions/import/apply")
    String apply(@RequestParam(required = false) String token, Model model, Locale locale, HttpSession session,
                 Authentication user, RedirectAttributes redirect, HttpServletResponse response) {
        PendingImport pending = take(session, token);
        if (pending == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, null, null, messages.getMessage("import.token.stale", null, locale));
        }
        try {
            int recorded = service.apply(pending.content(), pending.treaty(), pending.reason(), user.getName());
            redirect.addFlashAttribute("saved", messages.getMessage("import.applied",
                    new Object[] {format.number(recorded, locale)}, locale));
            return "redirect:/status";
        } catch (DomainException refused) {
            // The records changed since the preview: show the file as it is judged now, without an apply button.
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            String message = domainMessages.message(refused, locale);
            try {
                return preview(model, service.preview(pending.content(), pending.treaty(), pending.reason()), null,
                        message, locale);
            } catch (DomainException e) {
                return form(model, pending.treaty().name(), pending.reason(), message);
            }
        }
    }

    private static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new DomainException("import.file.empty");
        }
        if (file.getSize() > UntcFile.MAX_BYTES) {
            throw new DomainException("import.file.tooLarge");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, String treaty, String reason, String error) {
        model.addAttribute("treaties", TreatyCode.values());
        model.addAttribute("selectedTreaty", treaty);
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return FORM;
    }

    private String preview(Model model, ActionImportPreview preview, String token, String error, Locale locale) {
        List<RowView> rows = new ArrayList<>();
        for (ActionImportRow row : preview.rows()) {
            List<OutcomeView> outcomes = row.outcomes().stream().map(o -> outcome(o, locale)).toList();
            rows.add(new RowView(format.number(row.rowNumber(), locale), row.participant(), recognized(row.iso3(), locale),
                    row.signature(), row.instrument(), row.hasError(), outcomes));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("treatyName", messages.getMessage("treaty.short." + preview.treaty().name(), null, locale));
        model.addAttribute("summary", messages.getMessage("import.preview.summary", new Object[] {
                format.number(preview.rows().size(), locale), format.number(preview.newSignatures(), locale),
                format.number(preview.newInstruments(), locale), format.number(preview.unchanged(), locale),
                format.number(preview.errorRows(), locale)}, locale));
        model.addAttribute("valid", preview.valid());
        model.addAttribute("nothingNew", preview.valid() && preview.newActions() == 0);
        model.addAttribute("token", token);
        model.addAttribute("error", error);
        return PREVIEW;
    }

    private OutcomeView outcome(ActionImportOutcome outcome, Locale locale) {
        return switch (outcome.type()) {
            case NEW_SIGNATURE -> new OutcomeView("new", label("import.status.new", locale),
                    messages.getMessage("import.outcome.newSignature",
                            domainMessages.arguments(new Object[] {outcome.date()}, locale), locale));
            case NEW_INSTRUMENT -> new OutcomeView("new", label("import.status.new", locale),
                    messages.getMessage("import.outcome.newInstrument",
                            domainMessages.arguments(new Object[] {outcome.kind(), outcome.date()}, locale), locale));
            case UNCHANGED -> new OutcomeView("unchanged", label("import.status.unchanged", locale),
                    messages.getMessage("import.outcome.unchanged",
                            domainMessages.arguments(new Object[] {outcome.kind(), outcome.date()}, locale), locale));
            case ERROR -> new OutcomeView("error", label("import.status.error", locale),
                    domainMessages.message(outcome.messageKey(), outcome.argsArray(), locale));
        };
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String recognized(String iso3, Locale locale) {
        if (iso3 == null) {
            return "";
        }
        return registry.snapshot().participant(iso3)
                .map(Participant::currentName)
                .map(name -> DisplayFormat.isEnglish(locale) ? name.nameEn() : name.nameAr())
                .orElse(iso3);
    }

    @SuppressWarnings("unchecked")
    private static String remember(HttpSession session, PendingImport pending) {
        String token = UUID.randomUUID().toString();
        synchronized (WebUtils.getSessionMutex(session)) {
            Object stored = session.getAttribute(PENDING);
            LinkedHashMap<String, PendingImport> map = stored instanceof LinkedHashMap<?, ?> m
                    ? (LinkedHashMap<String, PendingImport>) m : new LinkedHashMap<>();
            map.put(token, pending);
            Iterator<String> oldest = map.keySet().iterator();
            while (map.size() > MAX_PENDING) {
                oldest.next();
                oldest.remove();
            }
            session.setAttribute(PENDING, map);
        }
        return token;
    }

    /** The upload kept under the token, removed so that it can be applied only once; null if none. */
    @SuppressWarnings("unchecked")
    private static PendingImport take(HttpSession session, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        synchronized (WebUtils.getSessionMutex(session)) {
            Object stored = session.getAttribute(PENDING);
            if (!(stored instanceof Map<?, ?> map)) {
                return null;
            }
            PendingImport pending = ((Map<String, PendingImport>) map).remove(token);
            session.setAttribute(PENDING, map);
            return pending;
        }
    }
}
