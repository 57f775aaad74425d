package org.tiptracker.treaty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.tiptracker.arabic.ChangesParagraph;
import org.tiptracker.arabic.NamedDate;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantKind;
import org.tiptracker.treaty.PartyChange;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;

/** Who became party in a period, per treaty, and the report paragraph that says it. */
@Service
public record ChangesViewService(TreatyRegistry registry, DisplayFormat format) {

    /** One participant that became party, named as at the end of the period. */
    public record Joined(String iso3, String name, String nameAr, String nameEn, LocalDate date, String dateText, String marker) {
    }

    /** One treaty's changes in the period. */
    public record TreatyChanges(Treaty treaty, List<Joined> joined, long partiesAtEnd, String paragraphAr,
                                String paragraphEn) {
    }

    public List<TreatyChanges> changes(LocalDate from, LocalDate to, Locale locale) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        List<TreatyChanges> result = new ArrayList<>();
        for (Treaty treaty : snapshot.treatyList()) {
            List<Joined> joined = new ArrayList<>();
            List<NamedDate> arabic = new ArrayList<>();
            List<NamedDate> english = new ArrayList<>();
            for (PartyChange change : snapshot.calculator().becameParties(treaty.code(), from, to)) {
                Participant participant = snapshot.participant(change.iso3()).orElse(null);
                String nameAr = participant == null ? change.iso3() : participant.nameOn(to).nameAr();
                String nameEn = participant == null ? change.iso3() : participant.nameOn(to).nameEn();
                joined.add(new Joined(change.iso3(), DisplayFormat.isEnglish(locale) ? nameEn : nameAr, nameAr, nameEn,
                        change.date(), format.date(change.date(), locale), change.kind().marker()));
                boolean organization = participant != null
                        && participant.kind() == ParticipantKind.REGIONAL_ORGANIZATION;
                arabic.add(new NamedDate(nameAr, change.date(), organization));
                english.add(new NamedDate(nameEn, change.date(), organization));
            }
            long parties = snapshot.calculator().partyCount(treaty.code(), to);
            String paragraphAr = ChangesParagraph.compose(format.arabic(), treaty.shortNameAr(), treaty.backReferenceAr(),
                    arabic, to, parties);
            String paragraphEn = ChangesParagraph.composeEnglish(treaty.shortNameEn(), treaty.backReferenceEn(),
                    english, to, parties);
            result.add(new TreatyChanges(treaty, List.copyOf(joined), parties, paragraphAr, paragraphEn));
        }
        return result;
    }
}
