package org.tiptracker.treaty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.ActionKind;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyRules;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;

/** {@code /participants/{iso3}}: names over time, every action in order, entry into force, notifications. */
@Controller
record ParticipantController(TreatyRegistry registry, DisplayFormat format) {

    static final String VIEW = "participants/detail";

    /** One line of the profile's action table. */
    record ActionLine(long id, String treatyCode, ActionKind kind, String date, String entryIntoForce, String text) {
    }

    /** One name and the period in which it was used. */
    record NameLine(String nameAr, String nameEn, String from, String until) {
    }

    @GetMapping("/participants/{iso3}")
    String show(@PathVariable String iso3, Model model, Locale locale) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        Participant participant = snapshot.participant(iso3)
                .orElseThrow(() -> new NotFoundException("participant.unknown", abbreviate(iso3)));
        List<ActionLine> lines = new ArrayList<>();
        for (TreatyAction action : snapshot.calculator().actionsOf(participant.iso3())) {
            String entry = "";
            if (action.kind().isInstrument()) {
                Treaty treaty = snapshot.treaty(action.treaty());
                LocalDate inForce = TreatyRules.entryIntoForce(treaty, action.date());
                entry = format.date(inForce, locale);
            }
            lines.add(new ActionLine(action.id() == null ? 0 : action.id(), action.treaty().name(), action.kind(),
                    format.date(action.date(), locale), entry, action.text()));
        }
        List<NameLine> names = participant.names().stream()
                .map(name -> new NameLine(name.nameAr(), name.nameEn(), format.date(name.validFrom(), locale),
                        format.date(name.validUntil(), locale)))
                .toList();
        ParticipantName current = participant.currentName();
        model.addAttribute("participant", participant);
        model.addAttribute("displayName", DisplayFormat.isEnglish(locale) ? current.nameEn() : current.nameAr());
        model.addAttribute("region", snapshot.regions().get(participant.iso3()));
        model.addAttribute("names", names);
        model.addAttribute("actions", lines);
        return VIEW;
    }

    private static String abbreviate(String value) {
        return value.length() <= 12 ? value : value.substring(0, 12) + "…";
    }
}
