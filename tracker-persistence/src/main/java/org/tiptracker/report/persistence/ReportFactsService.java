package org.tiptracker.report.persistence;

import org.springframework.stereotype.Service;
import org.tiptracker.report.ReportFacts;
import org.tiptracker.report.ReportMandate;

/** Reads, as of a mandate's cut-off date, every record the report is built from. */
@Service
public class ReportFactsService {

    public ReportFacts gather(ReportMandate mandate) {
        throw new UnsupportedOperationException("not yet");
    }
}
