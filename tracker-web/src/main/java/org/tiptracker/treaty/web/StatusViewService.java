package org.tiptracker.treaty.web;

import org.tiptracker.common.Regions;
import org.tiptracker.web.RecordsNotices;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.tiptracker.arabic.ArabicSearch;
import org.tiptracker.arabic.UnArabicOrder;
import org.tiptracker.treaty.Participant;
import org.tiptracker.treaty.ParticipantName;
import org.tiptracker.treaty.ParticipantTreatyStatus;
import org.tiptracker.treaty.StatusCalculator;
import org.tiptracker.treaty.Treaty;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.persistence.TreatyRegistry;
import org.tiptracker.web.DisplayFormat;

/**
 * Builds status tables from the registry's snapshot. Tables are cached per snapshot, question and
 * language: a change to any treaty action starts a new snapshot, so the cache never serves stale data.
 */
@Service
public class StatusViewService {

    private static final int CACHE_SIZE = 256;

    private final TreatyRegistry registry;
    private final DisplayFormat format;
    private final MessageSource messages;
    private final RecordsNotices notices;
    private final Map<CacheKey, StatusTable> cache = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<CacheKey, StatusTable> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public StatusViewService(TreatyRegistry registry, DisplayFormat format, MessageSource messages,
                             RecordsNotices notices) {
        this.registry = registry;
        this.format = format;
        this.messages = messages;
        this.notices = notices;
    }

    private record CacheKey(long generation, StatusFilter filter, String language) {
    }

    public StatusTable table(StatusFilter filter, Locale locale) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        boolean english = DisplayFormat.isEnglish(locale);
        CacheKey key = new CacheKey(snapshot.generation(), filter, english ? "en" : "ar");
        StatusTable cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        StatusTable table = build(snapshot, filter, locale, english);
        cache.put(key, table);
        return table;
    }

    private StatusTable build(TreatyRegistry.Snapshot snapshot, StatusFilter filter, Locale locale, boolean english) {
        StatusCalculator calculator = snapshot.calculator();
        List<Treaty> treaties = snapshot.treatyList();
        List<StatusTable.Count> counts = new ArrayList<>();
        for (Treaty treaty : treaties) {
            long parties = calculator.partyCount(treaty.code(), filter.asOf());
            long signatories = calculator.signatoryCount(treaty.code(), filter.asOf());
            counts.add(new StatusTable.Count(treaty, english ? treaty.shortNameEn() : treaty.shortNameAr(), parties,
                    signatories, format.number(parties, locale), format.number(signatories, locale)));
        }
        List<StatusTable.Row> rows = new ArrayList<>();
        for (Participant participant : snapshot.participants()) {
            ParticipantName name = participant.nameOn(filter.asOf());
            String displayName = english ? name.nameEn() : name.nameAr();
            if (filter.region() != null && !filter.region().equalsIgnoreCase(String.valueOf(participant.region()))) {
                continue;
            }
            if (filter.query() != null && !matches(participant, filter.query())) {
                continue;
            }
            List<StatusTable.Cell> cells = new ArrayList<>(treaties.size());
            boolean keep = true;
            for (Treaty treaty : treaties) {
                ParticipantTreatyStatus status = calculator.status(participant.iso3(), treaty.code(), filter.asOf());
                if (filter.state() != null && treaty.code() == filter.treaty() && status.kind() != filter.state()) {
                    keep = false;
                    break;
                }
                cells.add(new StatusTable.Cell(status, format.date(status.signature(), locale),
                        format.date(status.instrumentDate(), locale), status.marker()));
            }
            if (keep) {
                rows.add(new StatusTable.Row(participant.iso3(), displayName, participant.region(),
                        regionName(participant.region(), locale), List.copyOf(cells)));
            }
        }
        rows.sort(english ? englishOrder() : Comparator.comparing(StatusTable.Row::name, UnArabicOrder.INSTANCE));
        return new StatusTable(filter, format.date(filter.asOf(), locale), treaties, List.copyOf(counts),
                List.copyOf(rows), snapshot.participants().size(), notices.on(treaties, filter.asOf(), locale));
    }

    /** Status of one treaty, for the API. */
    public List<ParticipantTreatyStatus> statuses(TreatyCode code, java.time.LocalDate asOf) {
        TreatyRegistry.Snapshot snapshot = registry.snapshot();
        return snapshot.participants().stream()
                .map(participant -> snapshot.calculator().status(participant.iso3(), code, asOf))
                .toList();
    }

    /**
     * A name search that forgives spelling variants (hamza forms, the article, ة/ه, ى/ي, diacritics)
     * and matches the start of words, in any of the participant's names, Arabic or English, past or
     * present, or its ISO code: "المانيا" finds ألمانيا but not رومانيا.
     */
    static boolean matches(Participant participant, String query) {
        String[] tokens = ArabicSearch.normalize(query).split(" ");
        java.util.Set<String> words = new java.util.HashSet<>();
        words.add(participant.iso3().toLowerCase(Locale.ROOT));
        for (ParticipantName name : participant.names()) {
            addWords(words, name.nameAr());
            addWords(words, name.nameEn());
        }
        for (String token : tokens) {
            if (!token.isEmpty() && words.stream().noneMatch(word -> word.startsWith(token))) {
                return false;
            }
        }
        return true;
    }

    private static void addWords(java.util.Set<String> words, String name) {
        for (String word : ArabicSearch.normalize(name).split("[\\s\\-()]+")) {
            if (!word.isEmpty()) {
                words.add(word);
                // أل of ألمانيا is kept by normalize (it is not an article): match it both ways.
                if (word.startsWith("ال") && word.length() > 3) {
                    words.add(word.substring(2));
                }
            }
        }
    }

    private String regionName(String region, Locale locale) {
        return messages.getMessage(Regions.messageKey(region), null, region == null ? "" : region, locale);
    }

    private static Comparator<StatusTable.Row> englishOrder() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(StatusTable.Row::name, collator);
    }
}
