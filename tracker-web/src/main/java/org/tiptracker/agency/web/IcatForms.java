package org.tiptracker.agency.web;

import org.tiptracker.agency.PaperStatus;
import org.tiptracker.agency.persistence.IcatService;
import org.tiptracker.web.BoundForm;

/** ICAT's three forms as typed: years and dates stay text until read, so a wrong entry is shown again as it was. */
final class IcatForms {

    private IcatForms() {
    }

    /** What every ICAT record cites. */
    public static class SourcedForm implements BoundForm {
        public String source = "";
    }

    /** The chair of a year. */
    public static class ChairForm extends SourcedForm {
        public String year = "";
        public String agency = "";
    }

    /** A membership (or formal partnership) of an agency over a period. */
    public static class MembershipForm extends SourcedForm {
        public String agency = "";
        public String role = "MEMBER";
        public String from = "";
        public String until = "";
    }

    /** A policy paper, at the version it was opened on. */
    public static class PaperForm extends SourcedForm {
        public String titleAr = "";
        public String titleEn = "";
        public String year = "";
        public String status = PaperStatus.PUBLISHED.name();
        public Long version;

        static PaperForm of(IcatService.Paper p) {
            PaperForm form = new PaperForm();
            form.titleAr = p.titleAr();
            form.titleEn = p.titleEn();
            form.year = String.valueOf(p.year());
            form.status = p.status().name();
            form.source = p.source() == null ? "" : p.source();
            form.version = p.version();
            return form;
        }
    }
}
