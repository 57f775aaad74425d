package org.tiptracker.document.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.document.Citation;
import org.tiptracker.document.DocumentRules;

/**
 * The registry of documents and resolutions: search, read, and the secretariat's changes, each
 * checked, audited and refused on a stale version.
 */
@Service
public class DocumentService {

    static final String ENTITY = "Document";
    static final String PARAGRAPH_ENTITY = "DocumentParagraph";

    private final DocumentRepository documents;
    private final DocumentParagraphRepository paragraphs;
    private final AuditTrail audit;

    public DocumentService(DocumentRepository documents, DocumentParagraphRepository paragraphs, AuditTrail audit) {
        this.documents = documents;
        this.paragraphs = paragraphs;
        this.audit = audit;
    }

    /** Matching documents, newest first (by year, then date, then number). */
    @Transactional(readOnly = true)
    public List<DocumentViews.Document> search(DocumentCriteria criteria) {
        return documents.search(criteria).stream().map(DocumentViews.Document::of).toList();
    }

    @Transactional(readOnly = true)
    public DocumentViews.Document get(long id) {
        return DocumentViews.Document.of(entity(id));
    }

    private DocumentEntity entity(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document.notFound", id));
    }

    @Transactional(readOnly = true)
    public Optional<DocumentViews.Document> findBySymbol(String symbol) {
        return symbol == null || symbol.isBlank() ? Optional.empty()
                : documents.findBySymbolIgnoringCase(symbol.strip()).map(DocumentViews.Document::of);
    }

    @Transactional(readOnly = true)
    public List<DocumentViews.Paragraph> paragraphs(long documentId) {
        return paragraphs.findByDocumentIdOrderByPositionAscIdAsc(documentId).stream().map(DocumentViews.Paragraph::of).toList();
    }

    @Transactional(readOnly = true)
    public DocumentViews.Paragraph paragraph(long documentId, long paragraphId) {
        return DocumentViews.Paragraph.of(paragraphEntity(documentId, paragraphId));
    }

    private DocumentParagraphEntity paragraphEntity(long documentId, long paragraphId) {
        return paragraphs.findById(paragraphId).filter(p -> p.getDocumentId() == documentId)
                .orElseThrow(() -> new NotFoundException("document.paragraph.notFound", paragraphId));
    }

    @Transactional(readOnly = true)
    public List<Integer> years() {
        return documents.years();
    }

    @Transactional
    public DocumentViews.Document create(Actor actor, DocumentCommand command) {
        requireSecretariat(actor);
        DocumentEntity document = new DocumentEntity(command.organ(), command.kind());
        apply(document, command);
        documents.saveAndFlush(document);
        audit.created(actor.username(), ENTITY, document.getId(), summary(document), describe(document));
        return DocumentViews.Document.of(document);
    }

    @Transactional
    public DocumentViews.Document update(Actor actor, long id, long expectedVersion, DocumentCommand command) {
        requireSecretariat(actor);
        DocumentEntity document = entity(id);
        String before = describe(document);
        document.requireVersion(expectedVersion, "document.conflict", before);
        apply(document, command);
        documents.saveAndFlush(document);
        audit.updated(actor.username(), ENTITY, id, summary(document), before, describe(document));
        return DocumentViews.Document.of(document);
    }

    @Transactional
    public void delete(Actor actor, long id, long expectedVersion) {
        requireSecretariat(actor);
        DocumentEntity document = entity(id);
        document.requireVersion(expectedVersion, "document.conflict", describe(document));
        audit.deleted(actor.username(), ENTITY, id, summary(document), describe(document));
        documents.delete(document);
        documents.flush();
    }

    @Transactional
    public DocumentViews.Paragraph addParagraph(Actor actor, long documentId, ParagraphCommand command) {
        requireSecretariat(actor);
        DocumentEntity document = entity(documentId);
        checkParagraph(documentId, null, command);
        int position = command.position() != null ? command.position()
                : paragraphs(documentId).stream().mapToInt(DocumentViews.Paragraph::position).max().orElse(0) + 1;
        DocumentParagraphEntity paragraph = paragraphs.saveAndFlush(new DocumentParagraphEntity(documentId, position, command));
        audit.created(actor.username(), PARAGRAPH_ENTITY, paragraph.getId(),
                label(document) + ", para. " + paragraph.getNumber(), describe(paragraph));
        return DocumentViews.Paragraph.of(paragraph);
    }

    @Transactional
    public DocumentViews.Paragraph updateParagraph(Actor actor, long documentId, long paragraphId, String expectedText,
                                                   ParagraphCommand command) {
        requireSecretariat(actor);
        DocumentEntity document = entity(documentId);
        DocumentParagraphEntity paragraph = paragraphEntity(documentId, paragraphId);
        if (expectedText != null && !expectedText.equals(describe(paragraph))) {
            throw new ConflictException("document.conflict", describe(paragraph));
        }
        checkParagraph(documentId, paragraphId, command);
        String before = describe(paragraph);
        paragraph.apply(command.position() != null ? command.position() : paragraph.getPosition(), command);
        paragraphs.saveAndFlush(paragraph);
        audit.updated(actor.username(), PARAGRAPH_ENTITY, paragraphId,
                label(document) + ", para. " + paragraph.getNumber(), before, describe(paragraph));
        return DocumentViews.Paragraph.of(paragraph);
    }

    @Transactional
    public void deleteParagraph(Actor actor, long documentId, long paragraphId) {
        requireSecretariat(actor);
        DocumentEntity document = entity(documentId);
        DocumentParagraphEntity paragraph = paragraphEntity(documentId, paragraphId);
        audit.deleted(actor.username(), PARAGRAPH_ENTITY, paragraphId,
                label(document) + ", para. " + paragraph.getNumber(), describe(paragraph));
        paragraphs.delete(paragraph);
        paragraphs.flush();
    }

    private static String describe(DocumentParagraphEntity p) {
        return DocumentViews.Paragraph.of(p).describe();
    }

    private void apply(DocumentEntity document, DocumentCommand c) {
        String number = blankToNull(c.number());
        String symbol = blankToNull(c.symbol());
        String titleAr = blankToNull(c.titleAr());
        String titleEn = blankToNull(c.titleEn());
        DocumentRules.requireOrganAndKind(c.organ(), c.kind());
        ColumnLimit.DOCUMENT_NUMBER.check(number);
        ColumnLimit.DOCUMENT_SYMBOL.check(symbol);
        ColumnLimit.DOCUMENT_SESSION.check(blankToNull(c.session()));
        DocumentRules.check(c.organ(), c.kind(), number, symbol, c.year(), c.session(), c.adoptedOn(), titleAr, titleEn,
                audit.today());
        if (symbol != null) {
            documents.findBySymbolIgnoringCase(symbol).filter(other -> !other.getId().equals(document.getId()))
                    .ifPresent(other -> {
                        throw new DomainException("document.symbol.taken", symbol);
                    });
        }
        if (number != null) {
            if (documents.countOthersNumbered(c.organ(), c.kind(), number, document.getId()) > 0) {
                throw new DomainException("document.number.taken", number);
            }
        }
        document.apply(c.organ(), c.kind(), number, symbol, c.year(), blankToNull(c.session()), c.adoptedOn(), titleAr,
                titleEn);
    }

    private void checkParagraph(long documentId, Long paragraphId, ParagraphCommand c) {
        ColumnLimit.DOCUMENT_PARAGRAPH_NUMBER.check(c.number());
        DocumentRules.checkParagraph(c.number(), c.position(), c.textAr(), c.textEn());
        String number = c.number().strip();
        boolean taken = paragraphs(documentId).stream()
                .anyMatch(p -> p.number().equals(number) && !Long.valueOf(p.id()).equals(paragraphId));
        if (taken) {
            throw new DomainException("document.paragraph.number.taken", number);
        }
    }

    private static void requireSecretariat(Actor actor) {
        Actor.requireSecretariat(actor, "documents");
    }

    static String label(DocumentEntity d) {
        Citation citation = d.citation();
        return citation != null ? citation.english() : d.getTitleAr();
    }

    private static String summary(DocumentEntity d) {
        return d.getOrgan() + " " + d.getKind() + ": " + label(d);
    }

    static String describe(DocumentEntity d) {
        return String.join("\n", List.of(d.getOrgan().name() + " " + d.getKind().name(),
                "number: " + nullToDash(d.getNumber()), "symbol: " + nullToDash(d.getSymbol()),
                "year: " + d.getYear() + ", session: " + nullToDash(d.getSession()) + ", adopted: "
                        + (d.getAdoptedOn() == null ? "—" : d.getAdoptedOn().toString()),
                "title (ar): " + nullToDash(d.getTitleAr()), "title (en): " + nullToDash(d.getTitleEn())));
    }

    private static String nullToDash(String s) {
        return s == null ? "—" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
