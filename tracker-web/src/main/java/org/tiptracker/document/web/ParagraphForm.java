package org.tiptracker.document.web;

/** A paragraph as typed; {@code expected} is the paragraph as it was shown, to detect a concurrent change. */
public class ParagraphForm {

    private String number;
    private String position;
    private boolean operative = true;
    private String textAr;
    private String textEn;
    private String expected;

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public boolean isOperative() { return operative; }
    public void setOperative(boolean operative) { this.operative = operative; }
    public String getTextAr() { return textAr; }
    public void setTextAr(String textAr) { this.textAr = textAr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getExpected() { return expected; }
    public void setExpected(String expected) { this.expected = expected; }
}
