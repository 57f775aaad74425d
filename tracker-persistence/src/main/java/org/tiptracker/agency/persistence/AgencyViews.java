package org.tiptracker.agency.persistence;

/** The agencies and activities as the services give them to the pages: values, nothing to load later. */
public final class AgencyViews {

    private AgencyViews() {
    }

    /** A UN entity, an intergovernmental or regional organization, or ICAT itself. */
    public record Agency(long id, String acronym, String acronymAr, String nameAr, String nameEn, String kind) {

        /** The name in the page's language. */
        public String name(boolean english) {
            return english ? nameEn : nameAr;
        }

        static Agency of(AgencyEntity a) {
            return new Agency(a.getId(), a.getAcronym(), a.getAcronymAr(), a.getNameAr(), a.getNameEn(), a.getKind());
        }
    }

    /** One activity as recorded, at the version a form opens it on. */
    public record Activity(ActivityRow row, long version) {

        public long id() {
            return row.id();
        }
    }
}
