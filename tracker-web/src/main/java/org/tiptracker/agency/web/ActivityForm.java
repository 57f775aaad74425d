package org.tiptracker.agency.web;

import java.util.ArrayList;
import java.util.List;

/** The activity form as typed: dates and figures stay text until checked, so a wrong entry is shown again as it was. */
public class ActivityForm {

    private String agency;
    private String kind;
    private String heading;
    private String title;
    private String description;
    private String startDate;
    private String endDate;
    private String datePrecision = "DAY";
    private String peopleTrained;
    private String victimsAssisted;
    private String suspectsArrested;
    private String countriesReached;
    private List<String> countries = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> partners = new ArrayList<>();
    private String sourceSymbol;
    private String sourceParagraph;
    private Long version;

    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getStartDate() { return startDate; }
    public void setStartDate(String startDate) { this.startDate = startDate; }
    public String getEndDate() { return endDate; }
    public void setEndDate(String endDate) { this.endDate = endDate; }
    public String getDatePrecision() { return datePrecision; }
    public void setDatePrecision(String datePrecision) { this.datePrecision = datePrecision; }
    public String getPeopleTrained() { return peopleTrained; }
    public void setPeopleTrained(String peopleTrained) { this.peopleTrained = peopleTrained; }
    public String getVictimsAssisted() { return victimsAssisted; }
    public void setVictimsAssisted(String victimsAssisted) { this.victimsAssisted = victimsAssisted; }
    public String getSuspectsArrested() { return suspectsArrested; }
    public void setSuspectsArrested(String suspectsArrested) { this.suspectsArrested = suspectsArrested; }
    public String getCountriesReached() { return countriesReached; }
    public void setCountriesReached(String countriesReached) { this.countriesReached = countriesReached; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries == null ? new ArrayList<>() : countries; }
    public List<String> getRegions() { return regions; }
    public void setRegions(List<String> regions) { this.regions = regions == null ? new ArrayList<>() : regions; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> partners) { this.partners = partners == null ? new ArrayList<>() : partners; }
    public String getSourceSymbol() { return sourceSymbol; }
    public void setSourceSymbol(String sourceSymbol) { this.sourceSymbol = sourceSymbol; }
    public String getSourceParagraph() { return sourceParagraph; }
    public void setSourceParagraph(String sourceParagraph) { this.sourceParagraph = sourceParagraph; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
