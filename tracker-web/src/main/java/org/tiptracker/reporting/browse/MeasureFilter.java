package org.tiptracker.reporting.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;
import org.tiptracker.common.Regions;
import org.tiptracker.reporting.ExploitationForm;
import org.tiptracker.reporting.MeasureHeading;
import org.tiptracker.reporting.ReportStatus;
import org.tiptracker.reporting.TargetGroup;
import org.tiptracker.reporting.persistence.MeasureCriteria;
import org.tiptracker.reporting.persistence.MeasureFilterOptions;
import org.tiptracker.reporting.persistence.MeasureSearchService;

/**
 * The browser's filters as the request gave them. Values that are not known (a heading that does
 * not exist, a malformed cycle number, a status the user may not see) are dropped and listed in
 * {@link #ignored()}, so the page can say so; the valid ones form the {@link #criteria()}.
 */
record MeasureFilter(String cycle, String heading, String type, String region, String participant, String group,
                     String form, String status, String q, int page, MeasureCriteria criteria, List<Ignored> ignored) {

    static final int MAX_QUERY = 200;

    /** A dropped value: the filter's label key, what was given (or, for the text, its limit). */
    record Ignored(String field, String value, String messageKey) {
    }

    static MeasureFilter of(Map<String, String> params, MeasureFilterOptions options, Set<ReportStatus> visible) {
        List<Ignored> ignored = new ArrayList<>();
        String cycle = null;
        Long cycleId = null;
        String raw = value(params, "cycle");
        if (raw != null) {
            try {
                long id = Long.parseLong(raw);
                if (options.cycles().stream().anyMatch(c -> c.id() == id)) {
                    cycle = raw;
                    cycleId = id;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            if (cycle == null) {
                ignored.add(new Ignored("measures.filter.cycle", raw, "measures.filter.ignored"));
            }
        }
        MeasureHeading heading = enumValue(params, "heading", MeasureHeading.class, "measures.filter.heading", ignored);
        String type = null;
        raw = value(params, "type");
        if (raw != null) {
            String code = raw.toUpperCase(Locale.ROOT);
            if (options.types().stream().anyMatch(t -> t.code().equals(code))) {
                type = code;
            } else {
                ignored.add(new Ignored("measures.filter.type", raw, "measures.filter.ignored"));
            }
        }
        String region = null;
        String givenRegion = value(params, "region");
        if (givenRegion != null) {
            region = Regions.parse(givenRegion).orElse(null);
            if (region == null) {
                ignored.add(new Ignored("measures.filter.region", givenRegion, "measures.filter.ignored"));
            }
        }
        String participant = null;
        raw = value(params, "participant");
        if (raw != null) {
            String iso3 = raw.toUpperCase(Locale.ROOT);
            if (options.participants().stream().anyMatch(p -> p.iso3().equals(iso3))) {
                participant = iso3;
            } else {
                ignored.add(new Ignored("measures.filter.participant", raw, "measures.filter.ignored"));
            }
        }
        TargetGroup group = enumValue(params, "group", TargetGroup.class, "measures.filter.group", ignored);
        ExploitationForm form = enumValue(params, "form", ExploitationForm.class, "measures.filter.form", ignored);
        ReportStatus status = enumValue(params, "status", ReportStatus.class, "measures.filter.status", ignored);
        if (status != null && !visible.contains(status)) {
            ignored.add(new Ignored("measures.filter.status", value(params, "status"), "measures.filter.ignored"));
            status = null;
        }
        String q = value(params, "q");
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY).strip();
            ignored.add(new Ignored("measures.filter.q", String.valueOf(MAX_QUERY), "measures.filter.q.tooLong"));
        }
        if (q != null && MeasureSearchService.words(q).size() < org.tiptracker.arabic.ArabicSearch.normalize(q).split(" ").length) {
            ignored.add(new Ignored("measures.filter.q", String.valueOf(MeasureSearchService.MAX_WORDS),
                    "measures.filter.q.tooManyWords"));
        }
        int page = 1;
        raw = value(params, "page");
        if (raw != null) {
            try {
                page = Math.max(1, Integer.parseInt(raw));
            } catch (NumberFormatException e) {
                ignored.add(new Ignored("measures.filter.page", raw, "measures.filter.ignored"));
            }
        }
        MeasureCriteria criteria = new MeasureCriteria(cycleId, heading, type, region, participant, group, form, status, q);
        return new MeasureFilter(cycle, heading == null ? null : heading.name(), type, region, participant,
                group == null ? null : group.name(), form == null ? null : form.name(),
                status == null ? null : status.name(), q, page, criteria, List.copyOf(ignored));
    }

    private static String value(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> params, String name, Class<E> type, String label,
                                                   List<Ignored> ignored) {
        String raw = value(params, name);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            ignored.add(new Ignored(label, raw, "measures.filter.ignored"));
            return null;
        }
    }

    /** Whether any filter or text is set. */
    boolean any() {
        return cycle != null || heading != null || type != null || region != null || participant != null || group != null
                || form != null || status != null || q != null;
    }

    /** The address of {@code path} with these (valid) filters and, when positive, a page number. */
    String url(String path, int pageNumber) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        add(b, "cycle", cycle);
        add(b, "heading", heading);
        add(b, "type", type);
        add(b, "region", region);
        add(b, "participant", participant);
        add(b, "group", group);
        add(b, "form", form);
        add(b, "status", status);
        add(b, "q", q);
        if (pageNumber > 1) {
            b.queryParam("page", pageNumber);
        }
        return b.build().encode().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null) {
            b.queryParam(name, value);
        }
    }
}
