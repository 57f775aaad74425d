package org.tiptracker.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tiptracker.reporting.Figures;
import org.tiptracker.reporting.Measure;
import org.tiptracker.web.BoundForm;

/**
 * One measure as typed in the form: every value is kept as the text the user entered, so that a
 * page shown again after a problem or a conflict holds exactly what was typed.
 */
public class ReportMeasureForm implements BoundForm {

    /** The figure fields, in display order (message keys {@code figure.<name>}). */
    public static final List<String> FIGURES = List.of("investigations", "prosecutions", "convictions",
            "victimsIdentified", "victimsAssisted", "peopleTrained");

    public String heading;
    public String typeCode;
    public String title;
    public String description;
    public String startDate;
    public String endDate;
    public List<String> targetGroups = new ArrayList<>();
    public List<String> forms = new ArrayList<>();
    public String investigations;
    public String prosecutions;
    public String convictions;
    public String victimsIdentified;
    public String victimsAssisted;
    public String peopleTrained;
    public String recommendationRef;
    public String resolutionRef;
    /** The id of the Working Group recommendation the measure cites, or empty. */
    public String recommendationId;

    /** The form of a stored measure. */
    public static ReportMeasureForm of(Measure m) {
        ReportMeasureForm f = new ReportMeasureForm();
        f.heading = m.heading() == null ? "" : m.heading().name();
        f.typeCode = m.typeCode() == null ? "" : m.typeCode();
        f.title = m.title() == null ? "" : m.title();
        f.description = m.description() == null ? "" : m.description();
        f.startDate = date(m.startDate());
        f.endDate = date(m.endDate());
        f.targetGroups = new ArrayList<>(m.targetGroups().stream().map(Enum::name).sorted().toList());
        f.forms = new ArrayList<>(m.forms().stream().map(Enum::name).sorted().toList());
        Figures fig = m.figures();
        f.investigations = number(fig.investigations());
        f.prosecutions = number(fig.prosecutions());
        f.convictions = number(fig.convictions());
        f.victimsIdentified = number(fig.victimsIdentified());
        f.victimsAssisted = number(fig.victimsAssisted());
        f.peopleTrained = number(fig.peopleTrained());
        f.recommendationRef = m.recommendationRef() == null ? "" : m.recommendationRef();
        f.resolutionRef = m.resolutionRef() == null ? "" : m.resolutionRef();
        f.recommendationId = m.recommendationId() == null ? "" : m.recommendationId().toString();
        return f;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    /** The text typed for a figure field. */
    public String figure(String name) {
        return switch (name) {
            case "investigations" -> investigations;
            case "prosecutions" -> prosecutions;
            case "convictions" -> convictions;
            case "victimsIdentified" -> victimsIdentified;
            case "victimsAssisted" -> victimsAssisted;
            case "peopleTrained" -> peopleTrained;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** Whether the user chose this target group or form of exploitation. */
    public boolean hasTargetGroup(String name) {
        return targetGroups != null && targetGroups.contains(name);
    }

    public boolean hasForm(String name) {
        return forms != null && forms.contains(name);
    }

    /** The fields whose values differ from {@code other}'s (ignoring surrounding spaces and order of choices). */
    public List<String> differences(ReportMeasureForm other) {
        List<String> out = new ArrayList<>();
        diff(out, "heading", heading, other.heading);
        diff(out, "typeCode", typeCode, other.typeCode);
        diff(out, "title", title, other.title);
        diff(out, "description", description, other.description);
        diff(out, "startDate", startDate, other.startDate);
        diff(out, "endDate", endDate, other.endDate);
        if (!sorted(targetGroups).equals(sorted(other.targetGroups))) {
            out.add("targetGroups");
        }
        if (!sorted(forms).equals(sorted(other.forms))) {
            out.add("forms");
        }
        for (String figure : FIGURES) {
            diff(out, figure, figure(figure), other.figure(figure));
        }
        diff(out, "recommendationRef", recommendationRef, other.recommendationRef);
        diff(out, "resolutionRef", resolutionRef, other.resolutionRef);
        diff(out, "recommendationId", recommendationId, other.recommendationId);
        return out;
    }

    private static void diff(List<String> out, String field, String a, String b) {
        if (!Objects.equals(clean(a), clean(b))) {
            out.add(field);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).sorted().distinct().toList();
    }

}
