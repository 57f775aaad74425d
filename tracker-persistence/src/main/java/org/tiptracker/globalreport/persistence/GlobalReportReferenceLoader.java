package org.tiptracker.globalreport.persistence;

import static org.tiptracker.reference.ReferenceCsv.blankToNull;
import static org.tiptracker.reference.ReferenceCsv.integer;
import static org.tiptracker.reference.ReferenceCsv.read;

import java.math.BigDecimal;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tiptracker.reference.CsvReferenceLoader;
import org.tiptracker.reference.ReferenceCsv;

/**
 * Loads the Global Report editions and their headline findings as the documents state them
 * ({@code db/reference/global_report_*.csv}), each row once ever (keys {@code global-report:…}
 * in {@code reference_row}), so that what the secretariat corrected later stays corrected.
 */
@Service
@Order(6) // after the participants
public class GlobalReportReferenceLoader extends CsvReferenceLoader {

    private final GlobalReportEditionRepository editions;
    private final GlobalReportFindingRepository findings;

    public GlobalReportReferenceLoader(GlobalReportEditionRepository editions, GlobalReportFindingRepository findings,
                                       JdbcTemplate jdbc) {
        super(jdbc, "Global Report reference data");
        this.editions = editions;
        this.findings = findings;
    }

    @Override
    protected void loadRows(ReferenceCsv rows) {
        read("global_report_editions.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            if (!rows.firstTime("global-report:edition:" + year) || editions.findByYear(year).isPresent()) {
                return;
            }
            GlobalReportEditionEntity edition = new GlobalReportEditionEntity(year);
            edition.apply(new EditionCommand(year, integer(row.get("edition_number")), integer(row.get("published_year")),
                    integer(row.get("published_month")), integer(row.get("data_from_year")), integer(row.get("data_to_year")),
                    integer(row.get("countries_covered")), integer(row.get("legislation_year")),
                    integer(row.get("legislation_month")), integer(row.get("convictions_from_year")),
                    integer(row.get("convictions_to_year")), row.get("source")));
            editions.saveAndFlush(edition);
            rows.added();
        });
        read("global_report_findings.csv", row -> {
            int year = Integer.parseInt(row.get("year"));
            String kind = row.get("kind");
            if (!rows.firstTime("global-report:finding:" + year + ":" + kind)) {
                return;
            }
            editions.findByYear(year).ifPresent(edition -> {
                boolean exists = findings.findByEditionIdOrderByIdAsc(edition.getId()).stream()
                        .anyMatch(f -> f.getKind().equals(kind));
                if (!exists) {
                    findings.save(new GlobalReportFindingEntity(edition.getId(), kind, new BigDecimal(row.get("amount")),
                            row.get("unit"), row.get("qualifier"), row.get("source"), blankToNull(row.get("quote_ar"))));
                    rows.added();
                }
            });
        });
        findings.flush();
    }
}
