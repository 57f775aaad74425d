package org.tiptracker.report.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.tiptracker.report.BlockRole;
import org.tiptracker.report.ComposedBlock;
import org.tiptracker.report.ReportFacts;

/**
 * The report's chapters I–IX, in the order the report prints them. A chapter's number, key and
 * heading are kept here once; its composer adds what follows the heading.
 */
public enum Chapter {
    MANDATE(MandateChapter::compose),
    RATIFICATION(RatificationChapter::compose),
    IMPLEMENTATION(ImplementationChapter::compose),
    ICAT(IcatChapter::compose),
    GLOBAL_REPORT(GlobalReportChapter::compose),
    TRUST_FUND(TrustFundChapter::compose),
    AWARENESS(AwarenessChapter::compose),
    RESOURCES(ResourcesChapter::compose),
    RECOMMENDATIONS(RecommendationsChapter::compose);

    private static final List<String> KEYS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX");

    private final Function<Context, List<ComposedBlock>> body;

    Chapter(Function<Context, List<ComposedBlock>> body) {
        this.body = body;
    }

    /** 1 to 9. */
    public int number() {
        return ordinal() + 1;
    }

    /** The chapter's part of its blocks' keys: {@code VI} ({@code VI.heading}, {@code VI.fund}). */
    public String key() {
        return KEYS.get(ordinal());
    }

    /** The chapter's blocks: its heading, then those of its composer. */
    public List<ComposedBlock> compose(ReportFacts facts) {
        Context c = new Context(facts).chapter(number());
        List<ComposedBlock> out = new ArrayList<>();
        out.add(c.heading(key() + ".heading", BlockRole.CHAPTER_HEADING, Headings.AR.get(ordinal()),
                Headings.EN.get(ordinal())));
        out.addAll(body.apply(c));
        return out;
    }
}
