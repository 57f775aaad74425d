package org.tiptracker.export;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheet of an exported table: right to left for Arabic, a bold header row that stays in view. */
public final class TableSheet {

    private TableSheet() {
    }

    public static Sheet create(Workbook workbook, String name, boolean rightToLeft, List<String> header) {
        Sheet sheet = workbook.createSheet(name);
        sheet.setRightToLeft(rightToLeft);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
