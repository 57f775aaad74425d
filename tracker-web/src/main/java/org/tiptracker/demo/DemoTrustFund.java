package org.tiptracker.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tiptracker.arabic.UnArabic;
import org.tiptracker.common.Actor;
import org.tiptracker.trustfund.ContributionStatus;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.ExpenditureKind;
import org.tiptracker.trustfund.GrantStatus;
import org.tiptracker.trustfund.persistence.FundCommands;
import org.tiptracker.trustfund.persistence.TrustFundService;

/**
 * Demonstration data of the Trust Fund, with the embedded database only: invented contributions
 * and grants whose sums give what the Secretary-General's report of 2016 states (seed 001,
 * para. 79-81): 2.3 million dollars of paid contributions since 2010 (357,701 dollars in 2015),
 * from 19 member states and 32 private donors giving about a third; 30 projects in 26 countries
 * for 1.75 million dollars by May 2016, more than half of them for child victims only; 50 eligible
 * projects on the reserve list; and expenditures other than grants so that the balance available
 * for new grants is the report's 90,000 dollars (para. 81): programme support costs at 13 per cent
 * of each year's paid contributions (299,000 dollars in all) and 161,000 dollars of evaluation,
 * monitoring and administration. Every row is marked as demonstration. Loaded once; the
 * expenditures are checked apart, so that a data directory loaded before they existed gets them.
 */
@DemoData
@Order(30)
record DemoTrustFund(TrustFundService fund, JdbcTemplate jdbc, TransactionTemplate transaction)
        implements ApplicationRunner {

    /** A paid contribution: a state (by ISO code) or private donor number {@code privateDonor}. */
    record Gift(String iso3, int privateDonor, LocalDate date, String amount) {
    }

    /** A granted project: its country, its call's year, its amount, whether it serves child victims only. */
    record Project(String iso3, int call, String amount, boolean children) {
    }

    /** An expenditure other than a grant. */
    record Spending(LocalDate date, ExpenditureKind kind, BigDecimal amount, String description) {
    }

    static final int PRIVATE_DONORS = 32;
    /** The programme support costs the United Nations charges its trust funds: 13 per cent. */
    static final BigDecimal PROGRAMME_SUPPORT_RATE = new BigDecimal("0.13");

    static final List<Gift> GIFTS = List.of(
            new Gift("AUS", -1, LocalDate.of(2010, 2, 5), "82000.00"),
            new Gift("AUT", -1, LocalDate.of(2010, 4, 8), "48000.00"),
            new Gift("BLR", -1, LocalDate.of(2010, 6, 11), "60000.00"),
            new Gift("EGY", -1, LocalDate.of(2010, 8, 14), "51000.00"),
            new Gift("FIN", -1, LocalDate.of(2010, 10, 17), "109000.00"),
            new Gift(null, 0, LocalDate.of(2010, 1, 10), "40000.00"),
            new Gift(null, 1, LocalDate.of(2010, 3, 12), "28000.00"),
            new Gift(null, 2, LocalDate.of(2010, 5, 14), "23000.00"),
            new Gift(null, 3, LocalDate.of(2010, 7, 16), "26000.00"),
            new Gift(null, 4, LocalDate.of(2010, 9, 18), "36500.00"),
            new Gift(null, 5, LocalDate.of(2010, 11, 20), "16500.00"),
            new Gift("FRA", -1, LocalDate.of(2011, 2, 5), "50000.00"),
            new Gift("DEU", -1, LocalDate.of(2011, 4, 8), "73000.00"),
            new Gift("ISR", -1, LocalDate.of(2011, 6, 11), "50000.00"),
            new Gift("ITA", -1, LocalDate.of(2011, 8, 14), "44000.00"),
            new Gift("JPN", -1, LocalDate.of(2011, 10, 17), "68000.00"),
            new Gift(null, 6, LocalDate.of(2011, 1, 10), "32500.00"),
            new Gift(null, 7, LocalDate.of(2011, 3, 12), "14000.00"),
            new Gift(null, 8, LocalDate.of(2011, 5, 14), "33000.00"),
            new Gift(null, 9, LocalDate.of(2011, 7, 16), "20500.00"),
            new Gift(null, 10, LocalDate.of(2011, 9, 18), "29000.00"),
            new Gift(null, 11, LocalDate.of(2011, 11, 20), "16000.00"),
            new Gift("LIE", -1, LocalDate.of(2012, 2, 5), "61000.00"),
            new Gift("LUX", -1, LocalDate.of(2012, 4, 8), "50000.00"),
            new Gift("MCO", -1, LocalDate.of(2012, 6, 11), "36000.00"),
            new Gift("NOR", -1, LocalDate.of(2012, 8, 14), "30000.00"),
            new Gift("PHL", -1, LocalDate.of(2012, 10, 17), "83000.00"),
            new Gift(null, 12, LocalDate.of(2012, 1, 10), "29500.00"),
            new Gift(null, 13, LocalDate.of(2012, 3, 12), "27000.00"),
            new Gift(null, 14, LocalDate.of(2012, 5, 14), "35500.00"),
            new Gift(null, 15, LocalDate.of(2012, 7, 16), "17500.00"),
            new Gift(null, 16, LocalDate.of(2012, 9, 18), "20500.00"),
            new Gift("PRT", -1, LocalDate.of(2013, 2, 5), "30000.00"),
            new Gift("QAT", -1, LocalDate.of(2013, 4, 8), "58000.00"),
            new Gift("ESP", -1, LocalDate.of(2013, 6, 11), "33000.00"),
            new Gift("SWE", -1, LocalDate.of(2013, 8, 14), "57000.00"),
            new Gift("AUS", -1, LocalDate.of(2013, 10, 17), "30299.00"),
            new Gift(null, 17, LocalDate.of(2013, 1, 10), "30000.00"),
            new Gift(null, 18, LocalDate.of(2013, 3, 12), "21000.00"),
            new Gift(null, 19, LocalDate.of(2013, 5, 14), "24500.00"),
            new Gift(null, 20, LocalDate.of(2013, 7, 16), "14000.00"),
            new Gift(null, 21, LocalDate.of(2013, 9, 18), "14500.00"),
            new Gift("AUT", -1, LocalDate.of(2014, 2, 5), "50000.00"),
            new Gift("BLR", -1, LocalDate.of(2014, 4, 8), "42000.00"),
            new Gift("EGY", -1, LocalDate.of(2014, 6, 11), "39000.00"),
            new Gift("FIN", -1, LocalDate.of(2014, 8, 14), "21000.00"),
            new Gift("FRA", -1, LocalDate.of(2014, 10, 17), "41000.00"),
            new Gift(null, 22, LocalDate.of(2014, 1, 10), "22500.00"),
            new Gift(null, 23, LocalDate.of(2014, 3, 12), "20000.00"),
            new Gift(null, 24, LocalDate.of(2014, 5, 14), "16500.00"),
            new Gift(null, 25, LocalDate.of(2014, 7, 16), "26500.00"),
            new Gift(null, 26, LocalDate.of(2014, 9, 18), "11500.00"),
            new Gift("DEU", -1, LocalDate.of(2015, 2, 5), "26000.00"),
            new Gift("ISR", -1, LocalDate.of(2015, 4, 8), "56000.00"),
            new Gift("ITA", -1, LocalDate.of(2015, 6, 11), "56000.00"),
            new Gift("JPN", -1, LocalDate.of(2015, 8, 14), "43000.00"),
            new Gift("LIE", -1, LocalDate.of(2015, 10, 17), "56701.00"),
            new Gift(null, 27, LocalDate.of(2015, 1, 10), "18500.00"),
            new Gift(null, 28, LocalDate.of(2015, 3, 12), "15000.00"),
            new Gift(null, 29, LocalDate.of(2015, 5, 14), "17500.00"),
            new Gift(null, 30, LocalDate.of(2015, 7, 16), "15000.00"),
            new Gift(null, 31, LocalDate.of(2015, 9, 18), "24000.00"),
            new Gift(null, 0, LocalDate.of(2015, 11, 20), "30000.00")
    );

    static final List<Project> PROJECTS = List.of(
            new Project("NGA", 2011, "58500.00", true),
            new Project("KEN", 2011, "67500.00", false),
            new Project("UGA", 2011, "66500.00", true),
            new Project("GHA", 2011, "54000.00", false),
            new Project("THA", 2011, "57000.00", true),
            new Project("KHM", 2011, "33000.00", false),
            new Project("NPL", 2011, "48000.00", true),
            new Project("IND", 2011, "57500.00", false),
            new Project("MDA", 2011, "54500.00", true),
            new Project("ALB", 2011, "79500.00", false),
            new Project("MEX", 2011, "34000.00", true),
            new Project("NGA", 2014, "54000.00", false),
            new Project("ZAF", 2014, "71000.00", true),
            new Project("MOZ", 2014, "49500.00", false),
            new Project("BEN", 2014, "81000.00", true),
            new Project("EGY", 2014, "52000.00", false),
            new Project("THA", 2014, "53000.00", true),
            new Project("KHM", 2014, "62000.00", false),
            new Project("PHL", 2014, "76500.00", true),
            new Project("VNM", 2014, "60000.00", false),
            new Project("IDN", 2014, "48500.00", true),
            new Project("LBN", 2014, "75000.00", false),
            new Project("JOR", 2014, "81500.00", true),
            new Project("GEO", 2014, "50500.00", false),
            new Project("MDA", 2014, "47000.00", true),
            new Project("UKR", 2014, "41000.00", false),
            new Project("SRB", 2014, "71500.00", true),
            new Project("PER", 2014, "79500.00", false),
            new Project("COL", 2014, "61500.00", true),
            new Project("BRA", 2014, "25000.00", false)
    );

    /** The countries of the 50 eligible projects on the reserve list (seed 001, para. 80). */
    static final List<String> RESERVE = List.of("AFG", "ARM", "AZE", "BGD", "BOL", "CMR", "CIV", "COD", "DOM", "ECU", "ETH", "GTM", "HND", "HTI", "IRQ", "JAM", "KGZ", "LAO", "LBR", "MDG", "MLI", "MMR", "MNG", "MAR", "NER", "NIC", "PAK", "PRY", "RWA", "SEN", "SLE", "LKA", "SDN", "TJK", "TZA", "TGO", "TUN", "TKM", "UZB", "YEM", "ZMB", "ZWE", "BFA", "BDI", "TCD", "GIN", "MWI", "SOM", "SSD", "PSE");

    static final String[] SERVICES = {
        "المأوى البسيط، والدعم النفسي-الاجتماعي، والمشورة القانونية",
        "التمثيل أمام المحاكم، والمشورة القانونية، والدعم النفسي-الاجتماعي",
        "التعليم، والتدريب المهني، والإعانات الدراسية الصغيرة",
        "الرعاية الصحية الأولية، والمأوى البسيط، والدعم النفسي-الاجتماعي"
    };

    /** Evaluation, monitoring and administration (161,000 dollars), all before 31 May 2016. */
    static final List<Spending> OTHER_SPENDING = List.of(
            new Spending(LocalDate.of(2011, 6, 30), ExpenditureKind.ADMINISTRATION, new BigDecimal("31000.00"),
                    "اجتماعات مجلس الأمناء والنداء لتقديم الاقتراحات لعام ٢٠١١"),
            new Spending(LocalDate.of(2014, 3, 31), ExpenditureKind.EVALUATION_AND_MONITORING, new BigDecimal("52000.00"),
                    "تقييم المشاريع الممولة في إطار النداء لعام ٢٠١١"),
            new Spending(LocalDate.of(2014, 6, 30), ExpenditureKind.ADMINISTRATION, new BigDecimal("34000.00"),
                    "اجتماعات مجلس الأمناء والنداء لتقديم الاقتراحات لعام ٢٠١٤"),
            new Spending(LocalDate.of(2016, 3, 31), ExpenditureKind.EVALUATION_AND_MONITORING, new BigDecimal("44000.00"),
                    "زيارات رصد المشاريع الممولة في إطار النداء لعام ٢٠١٤"));

    /**
     * Every demonstration expenditure: the programme support costs of each year with paid
     * contributions (13 per cent of that year's receipts, charged on 31 December), then the others.
     */
    static List<Spending> spending() {
        java.util.SortedMap<Integer, BigDecimal> perYear = new java.util.TreeMap<>();
        for (Gift gift : GIFTS) {
            perYear.merge(gift.date().getYear(), new BigDecimal(gift.amount()), BigDecimal::add);
        }
        List<Spending> all = new ArrayList<>();
        perYear.forEach((year, paid) -> all.add(new Spending(LocalDate.of(year, 12, 31),
                ExpenditureKind.PROGRAMME_SUPPORT_COSTS, paid.multiply(PROGRAMME_SUPPORT_RATE).setScale(2, RoundingMode.UNNECESSARY),
                "تكاليف دعم البرامج بنسبة ١٣ في المائة من التبرعات المدفوعة في عام "
                        + UnArabic.arabicIndic().year(year))));
        all.addAll(OTHER_SPENDING);
        return all;
    }

    private static final Logger log = LoggerFactory.getLogger(DemoTrustFund.class);
    private static final Actor SECRETARIAT = new Actor("secretariat", "SECRETARIAT", null);
    private static final DonorKind[] PRIVATE_KINDS = {DonorKind.FOUNDATION, DonorKind.COMPANY, DonorKind.ORGANIZATION,
        DonorKind.INDIVIDUAL};

    /** The invented name of private donor {@code n} (0-based): {@code مؤسسة إيضاحية ١}. */
    static String privateName(int n) {
        String number = UnArabic.arabicIndic().digits(Integer.toString(n + 1));
        return switch (PRIVATE_KINDS[n % PRIVATE_KINDS.length]) {
            case FOUNDATION -> "مؤسسة إيضاحية " + number;
            case COMPANY -> "شركة إيضاحية " + number;
            case ORGANIZATION -> "منظمة إيضاحية " + number;
            default -> "متبرع فرد إيضاحي " + number;
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            Integer existing = jdbc.queryForObject("select count(*) from fund_contribution where demo", Integer.class);
            if (existing == null || existing == 0) {
                load();
            }
            Integer spent = jdbc.queryForObject("select count(*) from fund_expenditure where demo", Integer.class);
            if (spent == null || spent == 0) {
                loadSpending();
            }
        });
    }

    private void load() {
        java.util.Map<String, Long> states = new java.util.HashMap<>();
        List<Long> privates = new ArrayList<>();
        for (int i = 0; i < PRIVATE_DONORS; i++) {
            privates.add(donor(new FundCommands.Donor(PRIVATE_KINDS[i % PRIVATE_KINDS.length], null, privateName(i))));
        }
        for (Gift gift : GIFTS) {
            Long donor = gift.iso3() == null ? privates.get(gift.privateDonor())
                    : states.computeIfAbsent(gift.iso3(), iso3 -> donor(new FundCommands.Donor(DonorKind.STATE, iso3, null)));
            contribution(donor, gift.date(), gift.amount(), ContributionStatus.PAID);
        }
        // Pledges of 2016, not yet paid: they are not counted as received.
        contribution(states.get("NOR"), LocalDate.of(2016, 3, 15), "100000.00", ContributionStatus.PLEDGED);
        contribution(states.get("QAT"), LocalDate.of(2016, 4, 20), "50000.00", ContributionStatus.PLEDGED);

        Long call2011 = call(2011);
        Long call2014 = call(2014);
        int n = 0;
        for (Project p : PROJECTS) {
            boolean first = p.call() == 2011;
            n++;
            long id = fund.createGrant(SECRETARIAT, new FundCommands.Grant(first ? call2011 : call2014,
                    "منظمة غير حكومية إيضاحية " + UnArabic.arabicIndic().digits(Integer.toString(n)), p.iso3(),
                    new BigDecimal(p.amount()), "USD",
                    first ? LocalDate.of(2012, 1, 1) : LocalDate.of(2015, 1, 1),
                    first ? LocalDate.of(2013, 12, 31) : LocalDate.of(2017, 6, 30),
                    p.children() ? "الأطفال الضحايا" : "النساء ضحايا الاستغلال الجنسي",
                    SERVICES[n % SERVICES.length], first ? GrantStatus.CLOSED : GrantStatus.FUNDED)).id();
            jdbc.update("update fund_grant set demo = true where id = ?", id);
        }
        for (int i = 0; i < RESERVE.size(); i++) {
            n++;
            long id = fund.createGrant(SECRETARIAT, new FundCommands.Grant(call2014,
                    "منظمة غير حكومية إيضاحية " + UnArabic.arabicIndic().digits(Integer.toString(n)), RESERVE.get(i),
                    new BigDecimal(30000 + (i * 3500) % 30000), "USD", LocalDate.of(2016, 1, 1),
                    LocalDate.of(2017, 12, 31), i % 2 == 0 ? "الأطفال الضحايا" : "النساء ضحايا الاستغلال الجنسي",
                    SERVICES[i % SERVICES.length], GrantStatus.RESERVE)).id();
            jdbc.update("update fund_grant set demo = true where id = ?", id);
        }
        log.info("Demonstration Trust Fund loaded: {} contributions, {} grants", GIFTS.size() + 2, n);
    }

    private void loadSpending() {
        List<Spending> all = spending();
        for (Spending s : all) {
            long id = fund.createExpenditure(SECRETARIAT, new FundCommands.Expenditure(s.date(), s.kind(), s.amount(), "USD",
                    s.description())).id();
            jdbc.update("update fund_expenditure set demo = true where id = ?", id);
        }
        log.info("Demonstration Trust Fund expenditures loaded: {}", all.size());
    }

    private Long donor(FundCommands.Donor command) {
        long id = fund.createDonor(SECRETARIAT, command).id();
        jdbc.update("update fund_donor set demo = true where id = ?", id);
        return id;
    }

    private void contribution(Long donor, LocalDate date, String amount, ContributionStatus status) {
        long id = fund.createContribution(SECRETARIAT, new FundCommands.Contribution(donor, date, new BigDecimal(amount),
                "USD", status, null)).id();
        jdbc.update("update fund_contribution set demo = true where id = ?", id);
    }

    private Long call(int year) {
        return jdbc.queryForList("select id from fund_call where year = ? order by id", Long.class, year).stream()
                .findFirst().orElse(null);
    }
}
