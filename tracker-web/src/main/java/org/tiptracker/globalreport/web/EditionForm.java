package org.tiptracker.globalreport.web;

/** The edition form as typed: numbers stay text until read, so that a wrong entry is shown again as it was. */
public class EditionForm {

    private String year;
    private String editionNumber;
    private String publishedYear;
    private String publishedMonth;
    private String dataFromYear;
    private String dataToYear;
    private String countriesCovered;
    private String legislationYear;
    private String legislationMonth;
    private String convictionsFromYear;
    private String convictionsToYear;
    private String source;
    private Long version;

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getEditionNumber() { return editionNumber; }
    public void setEditionNumber(String editionNumber) { this.editionNumber = editionNumber; }
    public String getPublishedYear() { return publishedYear; }
    public void setPublishedYear(String publishedYear) { this.publishedYear = publishedYear; }
    public String getPublishedMonth() { return publishedMonth; }
    public void setPublishedMonth(String publishedMonth) { this.publishedMonth = publishedMonth; }
    public String getDataFromYear() { return dataFromYear; }
    public void setDataFromYear(String dataFromYear) { this.dataFromYear = dataFromYear; }
    public String getDataToYear() { return dataToYear; }
    public void setDataToYear(String dataToYear) { this.dataToYear = dataToYear; }
    public String getCountriesCovered() { return countriesCovered; }
    public void setCountriesCovered(String countriesCovered) { this.countriesCovered = countriesCovered; }
    public String getLegislationYear() { return legislationYear; }
    public void setLegislationYear(String legislationYear) { this.legislationYear = legislationYear; }
    public String getLegislationMonth() { return legislationMonth; }
    public void setLegislationMonth(String legislationMonth) { this.legislationMonth = legislationMonth; }
    public String getConvictionsFromYear() { return convictionsFromYear; }
    public void setConvictionsFromYear(String convictionsFromYear) { this.convictionsFromYear = convictionsFromYear; }
    public String getConvictionsToYear() { return convictionsToYear; }
    public void setConvictionsToYear(String convictionsToYear) { this.convictionsToYear = convictionsToYear; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
