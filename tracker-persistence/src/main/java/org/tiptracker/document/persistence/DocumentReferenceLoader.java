package org.tiptracker.document.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;
import org.tiptracker.reference.CsvReferenceLoader;
import org.tiptracker.reference.ReferenceCsv;

/**
 * Loads the documents and resolutions that the seed documents cite ({@code documents.csv}) and
 * the paragraphs known of them ({@code document_paragraphs.csv}), each row once, ever.
 */
@Service
@Order(1)
public class DocumentReferenceLoader extends CsvReferenceLoader {

    private final DocumentRepository documents;
    private final DocumentParagraphRepository paragraphs;

    public DocumentReferenceLoader(DocumentRepository documents, DocumentParagraphRepository paragraphs, JdbcTemplate jdbc) {
        super(jdbc, "Reference documents");
        this.documents = documents;
        this.paragraphs = paragraphs;
    }

    @Override
    protected void loadRows(ReferenceCsv rows) {
        List<DocumentEntity> known = new ArrayList<>(documents.findAll());
        Map<String, Long> idOfKey = new HashMap<>();
        ReferenceCsv.read("documents.csv", row -> {
            String key = row.get("key");
            String number = ReferenceCsv.blankToNull(row.get("number"));
            String symbol = ReferenceCsv.blankToNull(row.get("symbol"));
            Organ organ = Organ.valueOf(row.get("organ"));
            DocumentKind kind = DocumentKind.valueOf(row.get("kind"));
            if (!rows.firstTime("document:" + key)) {
                existing(known, organ, kind, number, symbol).ifPresent(d -> idOfKey.put(key, d.getId()));
                return;
            }
            if (existing(known, organ, kind, number, symbol).isPresent()) {
                return;
            }
            DocumentEntity document = new DocumentEntity(organ, kind);
            document.apply(organ, kind, number, symbol, Integer.parseInt(row.get("year")),
                    ReferenceCsv.blankToNull(row.get("session")), ReferenceCsv.date(row.get("adopted_on")),
                    ReferenceCsv.blankToNull(row.get("title_ar")), ReferenceCsv.blankToNull(row.get("title_en")));
            documents.save(document);
            known.add(document);
            idOfKey.put(key, document.getId());
            rows.added();
        });
        documents.flush();
        ReferenceCsv.read("document_paragraphs.csv", row -> {
            String key = row.get("document_key");
            Long documentId = idOfKey.get(key);
            if (documentId == null || !rows.firstTime("document-paragraph:" + key + ":" + row.get("number"))) {
                return;
            }
            ParagraphCommand paragraph = new ParagraphCommand(row.get("number"), null,
                    Boolean.parseBoolean(row.get("operative")), row.get("text_ar"), null);
            paragraphs.save(new DocumentParagraphEntity(documentId, Integer.parseInt(row.get("position")), paragraph));
            rows.added();
        });
        paragraphs.flush();
    }

    /** The document a reference row describes, found by its symbol, else by its number, else as the one without either. */
    private static Optional<DocumentEntity> existing(List<DocumentEntity> known, Organ organ, DocumentKind kind,
                                                     String number, String symbol) {
        return known.stream().filter(d -> symbol != null ? symbol.equalsIgnoreCase(d.getSymbol())
                : d.getOrgan() == organ && d.getKind() == kind && (number != null ? number.equals(d.getNumber())
                : d.getNumber() == null && d.getSymbol() == null)).findFirst();
    }
}
