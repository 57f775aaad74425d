package org.tiptracker.globalreport.web;

/** A country row of an edition as typed: the participant's ISO code, the status and the band (empty: not given). */
public class CountryForm {

    private String iso3;
    private String status;
    private String band;
    private Long version;

    public String getIso3() { return iso3; }
    public void setIso3(String iso3) { this.iso3 = iso3; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getBand() { return band; }
    public void setBand(String band) { this.band = band; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
