package org.tiptracker.reporting.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.tiptracker.common.DomainException;

/** A small upload that unpacks to tens of megabytes is refused before POI parses it. */
class OfflineWorkbookBombTests {

    static byte[] zipOf(String name, int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry(name));
            byte[] row = "<row><c t=\"inlineStr\"><is><t>xxxxxxxxxxxxxxxx</t></is></c></row>".repeat(1000).getBytes();
            for (long written = 0; written < megabytes * 1024L * 1024L; written += row.length) {
                zip.write(row);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombIsRefusedBeforeParsing() throws IOException {
        byte[] bomb = zipOf("xl/worksheets/sheet1.xml", 60);
        assertThat(bomb.length).isLessThan((int) OfflineWorkbookReader.MAX_BYTES);
        assertThatThrownBy(() -> new OfflineWorkbookReader(null).read(bomb))
                .isInstanceOf(DomainException.class).hasMessage("offline.file.tooLargeUnpacked");
        assertThatThrownBy(() -> OfflineWorkbookReader.checkUnpackedSize(zipOf("xl/worksheets/sheet1.xml", 9)))
                .hasMessage("offline.file.tooLargeUnpacked");
    }

    @Test
    void anOrdinaryWorkbookPasses() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("measures");
            for (int r = 0; r < 500; r++) {
                sheet.createRow(r).createCell(0).setCellValue("تدبير رقم " + r);
            }
            workbook.write(bytes);
        }
        OfflineWorkbookReader.checkUnpackedSize(bytes.toByteArray());
        assertThatThrownBy(() -> new OfflineWorkbookReader(null).read("not a zip".getBytes()))
                .isInstanceOf(DomainException.class).hasMessage("offline.file.notXlsx");
    }
}
