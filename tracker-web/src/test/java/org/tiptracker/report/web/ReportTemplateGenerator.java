package org.tiptracker.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code src/main/resources/report/template.docx}, the Word template the report exporter
 * fills: an A4 page with the UN margins, a right-to-left section, a footer with the page number,
 * and the styles (Normal with Times New Roman and, for complex script, Noto Naskh Arabic; the UN
 * body text indent; Heading 1–3 as Word headings with outline levels; footnote text and
 * reference; the masthead, title, contents and sub-paragraph styles). Word is asked to update the
 * fields when it opens the file, so that the contents' page numbers (PAGEREF fields) are filled.
 *
 * <p>Run it from the module directory when the styles change and commit the result:
 * {@code java ReportTemplateGenerator [target file]}.
 */
public final class ReportTemplateGenerator {

    static final String LATIN_FONT = "Times New Roman";
    static final String ARABIC_FONT = "Noto Naskh Arabic";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private ReportTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Paths.get(args.length > 0 ? args[0] : "src/main/resources/report/template.docx");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, template());
        System.out.println("wrote " + target);
    }

    static byte[] template() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", HEAD
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/word/document.xml", "document.main")
                + override("/word/styles.xml", "styles")
                + override("/word/settings.xml", "settings")
                + override("/word/footnotes.xml", "footnotes")
                + override("/word/footer1.xml", "footer")
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/core.xml", HEAD
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Report of the Secretary-General</dc:title>"
                + "<dc:creator>United Nations</dc:creator></cp:coreProperties>");
        parts.put("word/_rels/document.xml.rels", HEAD
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/footnotes\" Target=\"footnotes.xml\"/>"
                + "<Relationship Id=\"rId4\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", HEAD
                + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>"
                + "<w:p><w:pPr><w:bidi/></w:pPr></w:p>"
                + "<w:sectPr>"
                + "<w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
                + "<w:footnotePr><w:numFmt w:val=\"decimal\"/></w:footnotePr>"
                // A4, 2.54 cm top and bottom, 2.2 cm at the sides (the UN's A4 page)
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\" w:header=\"709\""
                + " w:footer=\"709\" w:gutter=\"0\"/>"
                + "<w:cols w:space=\"708\"/><w:bidi/></w:sectPr>"
                + "</w:body></w:document>");
        parts.put("word/settings.xml", HEAD
                + "<w:settings xmlns:w=\"" + W + "\">"
                + "<w:updateFields w:val=\"true\"/><w:defaultTabStop w:val=\"475\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"en-GB\" w:bidi=\"ar-SA\"/>"
                + "</w:settings>");
        parts.put("word/footnotes.xml", HEAD
                + "<w:footnotes xmlns:w=\"" + W + "\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\""
                + " w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\""
                + " w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "</w:footnotes>");
        parts.put("word/footer1.xml", HEAD
                + "<w:ftr xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\">"
                + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:bidi/><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>");
        parts.put("word/styles.xml", styles());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTime(0L); // the same bytes every time it is generated
                zip.putNextEntry(entry);
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml." + type + "+xml\"/>";
    }

    private static String styles() {
        String fonts = "<w:rFonts w:ascii=\"" + LATIN_FONT + "\" w:hAnsi=\"" + LATIN_FONT + "\" w:eastAsia=\""
                + LATIN_FONT + "\" w:cs=\"" + ARABIC_FONT + "\"/>";
        StringBuilder s = new StringBuilder(HEAD);
        s.append("<w:styles xmlns:w=\"").append(W).append("\">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(fonts)
                .append("<w:sz w:val=\"20\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"en-GB\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\"")
                .append(" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        s.append(paragraphStyle("Normal", "Normal", null, true,
                "<w:jc w:val=\"both\"/>", ""));
        // The UN body text: indented from both margins, justified, space after.
        s.append(paragraphStyle("SingleTxt", "Single Txt", "Normal", false,
                "<w:spacing w:after=\"120\"/><w:ind w:start=\"1267\" w:end=\"1267\"/><w:jc w:val=\"both\"/>", ""));
        s.append(paragraphStyle("SubParagraph", "Sub-paragraph", "SingleTxt", false,
                "<w:ind w:start=\"1742\" w:end=\"1267\" w:firstLine=\"475\"/>", ""));
        s.append(heading(1, "<w:spacing w:before=\"360\" w:after=\"240\"/>"
                + "<w:ind w:start=\"1267\" w:end=\"1267\" w:hanging=\"1267\"/>", "<w:sz w:val=\"24\"/><w:szCs w:val=\"32\"/>"));
        s.append(heading(2, "<w:spacing w:before=\"240\" w:after=\"120\"/>"
                + "<w:ind w:start=\"1267\" w:end=\"1267\" w:hanging=\"1267\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"30\"/>"));
        s.append(heading(3, "<w:spacing w:before=\"240\" w:after=\"120\"/>"
                + "<w:ind w:start=\"1267\" w:end=\"1267\" w:hanging=\"475\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"28\"/>"));
        s.append(paragraphStyle("Title", "Title", "Normal", false,
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/><w:ind w:start=\"1267\" w:end=\"1267\"/>"
                        + "<w:jc w:val=\"start\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"34\"/><w:szCs w:val=\"36\"/>"));
        s.append(paragraphStyle("Byline", "Byline", "Normal", false,
                "<w:spacing w:after=\"240\"/><w:ind w:start=\"1267\"/><w:jc w:val=\"start\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"30\"/>"));
        s.append(paragraphStyle("Masthead", "Masthead", "Normal", false,
                "<w:jc w:val=\"start\"/>", ""));
        s.append(paragraphStyle("MastheadOrgan", "Masthead organ", "Masthead", false,
                "<w:spacing w:before=\"240\" w:after=\"120\"/>", "<w:b/><w:bCs/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>"));
        s.append(paragraphStyle("ContentsTitle", "Contents title", "Normal", false,
                "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"24\"/><w:szCs w:val=\"30\"/>"));
        s.append(paragraphStyle("ContentsChapter", "Contents chapter", "Normal", false,
                "<w:tabs><w:tab w:val=\"end\" w:leader=\"dot\" w:pos=\"9412\"/></w:tabs><w:spacing w:after=\"60\"/>"
                        + "<w:ind w:start=\"1267\" w:end=\"0\" w:hanging=\"1267\"/><w:jc w:val=\"start\"/>",
                ""));
        s.append(paragraphStyle("ContentsSection", "Contents section", "ContentsChapter", false,
                "<w:ind w:start=\"2061\" w:end=\"0\" w:hanging=\"794\"/>", ""));
        s.append(paragraphStyle("FootnoteText", "footnote text", "Normal", false,
                "<w:ind w:start=\"1267\" w:end=\"1267\" w:hanging=\"475\"/><w:jc w:val=\"start\"/>",
                "<w:sz w:val=\"17\"/><w:szCs w:val=\"24\"/>"));
        s.append(paragraphStyle("Footer", "footer", "Normal", false,
                "<w:jc w:val=\"center\"/>", "<w:sz w:val=\"17\"/><w:szCs w:val=\"22\"/>"));
        s.append("<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/>")
                .append("<w:uiPriority w:val=\"99\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
        s.append("<w:style w:type=\"character\" w:styleId=\"Placeholder\"><w:name w:val=\"Placeholder\"/>")
                .append("<w:rPr><w:i/><w:iCs/><w:highlight w:val=\"yellow\"/></w:rPr></w:style>");
        s.append("</w:styles>");
        return s.toString();
    }

    private static String heading(int level, String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + level + "\"><w:name w:val=\"heading " + level + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"SingleTxt\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:keepLines/>" + pPr + "<w:jc w:val=\"start\"/><w:outlineLvl w:val=\"" + (level - 1)
                + "\"/></w:pPr><w:rPr><w:b/><w:bCs/>" + rPr + "</w:rPr></w:style>";
    }

    private static String paragraphStyle(String id, String name, String basedOn, boolean isDefault,
                                         String pPr, String rPr) {
        return "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "") + " w:styleId=\"" + id + "\">"
                + "<w:name w:val=\"" + name + "\"/>" + (basedOn == null ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
                + "<w:qFormat/><w:pPr>" + pPr + "</w:pPr>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>")
                + "</w:style>";
    }
}
