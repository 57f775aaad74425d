package org.tiptracker.document.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.document.DocumentKind;
import org.tiptracker.document.Organ;

/** The registry on PostgreSQL: the seeds' citations loaded once, search, the secretariat's changes, audit, conflicts. */
@SpringBootTest
class DocumentServiceIntegrationTests {

    static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    static final Actor ANALYST = new Actor("analyst", "ANALYST", null);

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentReferenceLoader loader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSeedsCitationsAreLoadedOnce() {
        DocumentViews.Document res70179 = documents.findBySymbol("a/res/70/179").orElseThrow();
        assertThat(res70179.adoptedOn()).isEqualTo(LocalDate.of(2015, 12, 17));
        assertThat(res70179.citation().arabicOwn(UnArabic.arabicIndic())).isEqualTo("قرارها ١٧٩/٧٠");
        assertThat(res70179.titleAr()).isEqualTo("تحسين تنسيق الجهود المبذولة لمكافحة الاتجار بالأشخاص");
        DocumentViews.Document ecosoc = documents.findBySymbol("E/RES/2006/27").orElseThrow();
        assertThat(ecosoc.citation().arabic(UnArabic.arabicIndic())).isEqualTo("قرار المجلس الاقتصادي والاجتماعي ٢٧/٢٠٠٦");
        assertThat(documents.search(new DocumentCriteria(Organ.CONFERENCE_OF_THE_PARTIES, DocumentKind.DECISION, null, null)))
                .extracting(d -> d.citation().arabicOwn(UnArabic.western())).containsExactly("مقرره 4/4");
        assertThat(documents.findBySymbol("S/PRST/2015/25")).isPresent();

        // The COP draft resolution of seed 004 with its 17 operative paragraphs and the 10 lettered ones of para. 13.
        DocumentViews.Document draft = documents.search(new DocumentCriteria(null, DocumentKind.DRAFT_RESOLUTION, 2020, null)).get(0);
        List<DocumentViews.Paragraph> paragraphs = documents.paragraphs(draft.id());
        assertThat(paragraphs).hasSize(28);
        assertThat(paragraphs.get(0).textAr()).startsWith("يحث الدول الأعضاء التي لم تتضمن بعد إلى بروتوكول");
        assertThat(paragraphs).extracting(DocumentViews.Paragraph::number).contains("13 (أ)", "13 (هـ)", "13 (ك)", "17");

        long before = jdbc.queryForObject("select count(*) from un_document", Long.class);
        assertThat(loader.load()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from un_document", Long.class)).isEqualTo(before);
    }

    @Test
    void searchForgivesArabicSpellingAndFilters() {
        // «الأشخاص» with a bare alef and without the article still finds resolution 70/179's title.
        assertThat(documents.search(new DocumentCriteria(null, null, null, "تنسيق اشخاص")))
                .extracting(DocumentViews.Document::symbol).contains("A/RES/70/179");
        assertThat(documents.search(new DocumentCriteria(Organ.SECURITY_COUNCIL, null, null, null)))
                .extracting(DocumentViews.Document::symbol).contains("S/RES/2331 (2016)", "S/PRST/2015/25")
                .allMatch(symbol -> symbol.startsWith("S/"));
        assertThat(documents.search(new DocumentCriteria(null, null, 2013, null)))
                .extracting(DocumentViews.Document::year).containsOnly(2013).isNotEmpty();
        assertThat(documents.search(new DocumentCriteria(null, null, null, "100%_"))).isEmpty();
    }

    @Test
    void theSecretariatEditsWithAuditAndConflicts() {
        DocumentViews.Document created = documents.create(SECRETARIAT, command("1/2099", "A/RES/75/9999", 2020, null));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Document' and entity_id = ?"
                + " and operation = 'CREATE'", Long.class, created.id())).isEqualTo(1);

        DocumentViews.Document updated = documents.update(SECRETARIAT, created.id(), created.version(),
                command("1/2099", "A/RES/75/9999", 2020, "عنوان معدل"));
        assertThat(updated.titleAr()).isEqualTo("عنوان معدل");
        String after = jdbc.queryForObject("select after_state from audit_entry where entity_type = 'Document' and entity_id = ?"
                + " and operation = 'UPDATE'", String.class, created.id());
        assertThat(after).contains("عنوان معدل");

        // A second save from the old version is refused; the first change stays.
        assertThatThrownBy(() -> documents.update(SECRETARIAT, created.id(), created.version() - 1 + 0,
                command("1/2099", "A/RES/75/9999", 2020, "تغيير متأخر")))
                .isInstanceOf(ConflictException.class);
        assertThat(documents.get(created.id()).titleAr()).isEqualTo("عنوان معدل");

        var paragraph = documents.addParagraph(SECRETARIAT, created.id(), new ParagraphCommand("1", null, true, "يقرر", null));
        assertThatThrownBy(() -> documents.addParagraph(SECRETARIAT, created.id(), new ParagraphCommand("1", null, true, "مكرر", null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.paragraph.number.taken");
        assertThatThrownBy(() -> documents.updateParagraph(SECRETARIAT, created.id(), paragraph.id(), "stale",
                new ParagraphCommand("1", null, true, "تغيير", null))).isInstanceOf(ConflictException.class);

        documents.delete(SECRETARIAT, created.id(), documents.get(created.id()).version());
        assertThat(documents.findBySymbol("A/RES/75/9999")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from un_document_paragraph where document_id = ?", Long.class,
                created.id())).isZero();
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from un_document", Long.class);
        assertThatThrownBy(() -> documents.create(SECRETARIAT, command("70/179", "A/RES/70/179-bis", 2015, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.number.taken");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, command("2/2098", "a/res/70/179", 2015, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.symbol.taken");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, command("=1+1", null, 2015, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.number.invalid");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, command("3/2098", "<script>", 2015, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.symbol.invalid");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, command("4/2098", null, 1900, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.year.range");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, new DocumentCommand(Organ.GENERAL_ASSEMBLY,
                DocumentKind.RESOLUTION, "5/2098", null, 2015, null, LocalDate.of(2014, 1, 1), null, null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.adopted.year");
        assertThatThrownBy(() -> documents.create(SECRETARIAT, new DocumentCommand(Organ.GENERAL_ASSEMBLY,
                DocumentKind.RESOLUTION, " ", null, 2015, null, null, "عنوان", null)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("document.number.required");
        assertThatThrownBy(() -> documents.create(ANALYST, command("6/2098", null, 2015, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.queryForObject("select count(*) from un_document", Long.class)).isEqualTo(before);
    }

    private static DocumentCommand command(String number, String symbol, int year, String titleAr) {
        return new DocumentCommand(Organ.GENERAL_ASSEMBLY, DocumentKind.RESOLUTION, number, symbol, year, null, null,
                titleAr, null);
    }
}
