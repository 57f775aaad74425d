package org.tiptracker.treaty.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.DomainException;
import org.tiptracker.treaty.TreatyAction;
import org.tiptracker.treaty.TreatyCode;
import org.tiptracker.treaty.untc.ActionImportOutcome;
import org.tiptracker.treaty.untc.ActionImportPreview;
import org.tiptracker.treaty.untc.ActionImportRow;
import org.tiptracker.treaty.untc.ParticipantNames;
import org.tiptracker.treaty.untc.UntcFile;
import org.tiptracker.treaty.untc.UntcImport;

/**
 * Imports the treaty actions of one treaty from a CSV file in the layout of the UN Treaty
 * Collection's status table. What the file says and whether it may be recorded is the domain's
 * ({@link UntcFile}, {@link UntcImport}); this service gives it the participants and the actions
 * recorded now, and records the result.
 * <p>
 * {@link #preview} tells, row by row, what the file would record; {@link #apply} checks the file
 * again and records all its new actions in one transaction, or nothing if any row is wrong.
 */
@Service
public class ActionImportService {

    /** The operation of the audit entries an import writes. */
    public static final String OPERATION = "IMPORT";
    /** The source recorded with each imported action. */
    public static final String SOURCE = "CSV import (UN Treaty Collection layout)";

    private final ParticipantRepository participants;
    private final TreatyActionRepository actions;
    private final TreatyRegistry registry;
    private final AuditTrail audit;
    private volatile Map<String, String> nameVariants;

    public ActionImportService(ParticipantRepository participants, TreatyActionRepository actions, TreatyRegistry registry,
                               AuditTrail audit) {
        this.participants = participants;
        this.actions = actions;
        this.registry = registry;
        this.audit = audit;
    }

    /**
     * What the file would record, row by row; records nothing.
     *
     * @throws DomainException when the file as a whole is refused (empty, too large, too many rows,
     *         not UTF-8, not CSV, not the UNTC layout) or the treaty or the reason is missing
     */
    @Transactional(readOnly = true)
    public ActionImportPreview preview(byte[] content, TreatyCode treaty, String reason) {
        return evaluate(content, treaty, reason);
    }

    /**
     * Checks the file again and records all its new actions, each with an audit entry, in one
     * transaction: nothing is recorded unless every row is valid.
     *
     * @return the number of actions recorded
     * @throws DomainException {@code import.invalid} when a row has an error, {@code import.nothingNew}
     *         when every row is already recorded, or any refusal of {@link #preview}
     */
    @Transactional
    public int apply(byte[] content, TreatyCode treaty, String reason, String user) {
        ActionImportPreview preview = evaluate(content, treaty, reason);
        if (!preview.valid()) {
            throw new DomainException("import.invalid", preview.errorRows());
        }
        if (preview.newActions() == 0) {
            throw new DomainException("import.nothingNew");
        }
        Map<String, ParticipantEntity> byIso3 = new HashMap<>();
        participants.findAll().forEach(p -> byIso3.put(p.getIso3(), p));
        int recorded = 0;
        for (ActionImportRow row : preview.rows()) {
            for (ActionImportOutcome outcome : row.outcomes()) {
                if (!outcome.isNew()) {
                    continue;
                }
                TreatyActionEntity saved = actions.saveAndFlush(new TreatyActionEntity(byIso3.get(row.iso3()),
                        TreatyAction.of(row.iso3(), treaty, outcome.kind(), outcome.date()), SOURCE, user, audit.now()));
                audit.record(user, TreatyActionService.ENTITY, saved.getId(), OPERATION,
                        TreatyActionService.summary(saved), reason.strip(), null, TreatyActionService.describe(saved));
                recorded++;
            }
        }
        return recorded;
    }

    private ActionImportPreview evaluate(byte[] content, TreatyCode treaty, String reason) {
        UntcImport.checkRequest(treaty, reason);
        List<List<String>> records = UntcFile.records(content);
        ParticipantNames names = ParticipantNames.of(registry.snapshot().participants(), nameVariants());
        Map<String, List<TreatyAction>> recorded = actions.findAllWithParticipant().stream()
                .map(TreatyRegistry::toDomain)
                .collect(Collectors.groupingBy(TreatyAction::iso3));
        return UntcImport.evaluate(records, treaty, names, recorded, audit.today());
    }

    /** The UNTERM and M49 English names of the reference data, normalized, to ISO codes (read once). */
    private Map<String, String> nameVariants() {
        Map<String, String> variants = nameVariants;
        if (variants == null) {
            Map<String, String> read = new HashMap<>();
            ClassPathResource resource = new ClassPathResource("db/reference/states_name_variants.csv");
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
                for (CSVRecord row : format.parse(reader)) {
                    for (String column : List.of("name_en_unterm", "name_en_m49")) {
                        String name = row.get(column);
                        if (name != null && !name.isBlank()) {
                            read.putIfAbsent(ParticipantNames.normalize(name), row.get("iso3"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read db/reference/states_name_variants.csv", e);
            }
            variants = Map.copyOf(read);
            nameVariants = variants;
        }
        return variants;
    }
}
