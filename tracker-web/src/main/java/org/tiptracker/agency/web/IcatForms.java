package org.tiptracker.agency.web;

import org.tiptracker.agency.PaperStatus;
import org.tiptracker.agency.persistence.IcatService;

/** ICAT's three forms as typed: years and dates stay text until read, so a wrong entry is shown again as it was. */
final class IcatForms {

    private IcatForms() {
    }

    /** What every ICAT record cites. */
    public static class SourcedForm {
        private String source = "";

        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }

    /** The chair of a year. */
    public static class ChairForm extends SourcedForm {
        private String year = "";
        private String agency = "";

        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
    }

    /** A membership (or formal partnership) of an agency over a period. */
    public static class MembershipForm extends SourcedForm {
        private String agency = "";
        private String role = "MEMBER";
        private String from = "";
        private String until = "";

        public String getAgency() { return agency; }
        public void setAgency(String agency) { this.agency = agency; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getUntil() { return until; }
        public void setUntil(String until) { this.until = until; }
    }

    /** A policy paper, at the version it was opened on. */
    public static class PaperForm extends SourcedForm {
        private String titleAr = "";
        private String titleEn = "";
        private String year = "";
        private String status = PaperStatus.PUBLISHED.name();
        private Long version;

        static PaperForm of(IcatService.Paper p) {
            PaperForm form = new PaperForm();
            form.titleAr = p.titleAr();
            form.titleEn = p.titleEn();
            form.year = String.valueOf(p.year());
            form.status = p.status().name();
            form.setSource(p.source() == null ? "" : p.source());
            form.version = p.version();
            return form;
        }

        public String getTitleAr() { return titleAr; }
        public void setTitleAr(String titleAr) { this.titleAr = titleAr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
    }
}
