package org.tiptracker.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantName;

/** A participant in a form's choice list: its ISO code and its name in the page's language. */
public record ParticipantChoice(String iso3, String name) {

    /** The participants as choices, by their current name (UN Arabic order on Arabic pages). */
    public static List<ParticipantChoice> of(Collection<Participant> participants, Locale locale) {
        boolean english = DisplayFormat.isEnglish(locale);
        Comparator<ParticipantChoice> order = english ? Comparator.comparing(ParticipantChoice::name)
                : Comparator.comparing(ParticipantChoice::name, UnArabicOrder.INSTANCE);
        return participants.stream()
                .map(p -> {
                    ParticipantName name = p.currentName();
                    return new ParticipantChoice(p.iso3(), english ? name.nameEn() : name.nameAr());
                })
                .sorted(order).toList();
    }
}
