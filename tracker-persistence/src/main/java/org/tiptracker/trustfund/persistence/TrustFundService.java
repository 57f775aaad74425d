package org.tiptracker.trustfund.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiptracker.audit.AuditTrail;
import org.tiptracker.common.Actor;
import org.tiptracker.common.ColumnLimit;
import org.tiptracker.common.ConflictException;
import org.tiptracker.common.DomainException;
import org.tiptracker.common.ForbiddenException;
import org.tiptracker.common.NotFoundException;
import org.tiptracker.treaty.persistence.ParticipantEntity;
import org.tiptracker.treaty.persistence.ParticipantRepository;
import org.tiptracker.trustfund.DonorKind;
import org.tiptracker.trustfund.FundContribution;
import org.tiptracker.trustfund.FundExpenditure;
import org.tiptracker.trustfund.FundGrant;
import org.tiptracker.trustfund.FundRules;
import org.tiptracker.trustfund.Money;
import org.tiptracker.trustfund.TrustFundCalculator;
import org.tiptracker.trustfund.TrustFundFigures;

/**
 * The Trust Fund's records: donors, contributions, expenditures other than grants, calls for
 * proposals, grants and the Board of Trustees. Anyone signed in or not may read; only the secretariat changes, each change audited in
 * the same transaction, and a change made on an old version is refused as a conflict.
 */
@Service
public class TrustFundService {

    public static final String DONOR = "FundDonor";
    public static final String CONTRIBUTION = "FundContribution";
    public static final String EXPENDITURE = "FundExpenditure";
    public static final String CALL = "FundCall";
    public static final String GRANT = "FundGrant";
    public static final String TRUSTEE = "FundTrustee";

    private final FundDonorRepository donors;
    private final FundCallRepository calls;
    private final ParticipantRepository participants;
    private final AuditTrail audit;
    private final Records<FundDonorEntity, FundViews.Donor> donorRecords;
    private final Records<FundContributionEntity, FundViews.Contribution> contributionRecords;
    private final Records<FundExpenditureEntity, FundViews.Expenditure> expenditureRecords;
    private final Records<FundCallEntity, FundViews.Call> callRecords;
    private final Records<FundGrantEntity, FundViews.Grant> grantRecords;
    private final Records<FundTrusteeEntity, FundViews.Trustee> trusteeRecords;

    public TrustFundService(FundDonorRepository donors, FundContributionRepository contributions,
                            FundExpenditureRepository expenditures, FundCallRepository calls, FundGrantRepository grants,
                            FundTrusteeRepository trustees, ParticipantRepository participants, AuditTrail audit) {
        this.donors = donors;
        this.calls = calls;
        this.participants = participants;
        this.audit = audit;
        this.donorRecords = new Records<>(DONOR, donors, FundDonorEntity::view, FundViews.Donor::describe);
        this.contributionRecords = new Records<>(CONTRIBUTION, contributions, FundContributionEntity::view,
                FundViews.Contribution::describe);
        this.expenditureRecords = new Records<>(EXPENDITURE, expenditures, FundExpenditureEntity::view,
                FundViews.Expenditure::describe);
        this.callRecords = new Records<>(CALL, calls, FundCallEntity::view, FundViews.Call::describe);
        this.grantRecords = new Records<>(GRANT, grants, FundGrantEntity::view, FundViews.Grant::describe);
        this.trusteeRecords = new Records<>(TRUSTEE, trustees, FundTrusteeEntity::view, FundViews.Trustee::describe);
    }

    // ------------------------------------------------------------------ figures

    /** The fund's figures on a date, computed from every contribution, grant and other expenditure. */
    @Transactional(readOnly = true)
    public TrustFundFigures figures(LocalDate asOf) {
        return overview(asOf).figures();
    }

    /** The figures on a date and whether any of the rows behind them is demonstration data. */
    public record Overview(TrustFundFigures figures, boolean hasDemo) {
    }

    /** {@link #figures} and {@link #hasDemo} from one reading of the rows (the page shows both). */
    @Transactional(readOnly = true)
    public Overview overview(LocalDate asOf) {
        List<FundViews.Contribution> contributions = contributionRecords.all();
        List<FundViews.Grant> grants = grantRecords.all();
        List<FundViews.Expenditure> expenditures = expenditureRecords.all();
        List<FundContribution> given = contributions.stream().map(c -> new FundContribution(
                "donor:" + c.donor().id(), c.donor().kind(), c.receivedOn(), c.money(), c.status())).toList();
        List<FundGrant> granted = grants.stream().map(g -> new FundGrant(g.country().iso3(),
                g.country().regionEn(), g.periodStart(), g.money(), g.status())).toList();
        List<FundExpenditure> spent = expenditures.stream()
                .map(e -> new FundExpenditure(e.spentOn(), e.kind(), e.money())).toList();
        return new Overview(TrustFundCalculator.compute(given, granted, spent, asOf),
                hasDemo(contributions, grants, expenditures));
    }

    /** Whether any contribution, grant or other expenditure is demonstration data. */
    @Transactional(readOnly = true)
    public boolean hasDemo() {
        return hasDemo(contributionRecords.all(), grantRecords.all(), expenditureRecords.all());
    }

    private static boolean hasDemo(List<FundViews.Contribution> contributions, List<FundViews.Grant> grants,
                                   List<FundViews.Expenditure> expenditures) {
        return contributions.stream().anyMatch(FundViews.Contribution::demo)
                || grants.stream().anyMatch(FundViews.Grant::demo)
                || expenditures.stream().anyMatch(FundViews.Expenditure::demo);
    }

    // ------------------------------------------------------------------ lists

    @Transactional(readOnly = true)
    public List<FundViews.Donor> donors() {
        return donorRecords.all().stream().sorted(Comparator.comparing((FundViews.Donor d) -> d.kind().isPrivate())
                .thenComparing(d -> d.displayName(true).toLowerCase(Locale.ROOT))).toList();
    }

    @Transactional(readOnly = true)
    public List<FundViews.Contribution> contributions() {
        return contributionRecords.all().stream().sorted(Comparator.comparing(FundViews.Contribution::receivedOn)
                .reversed().thenComparing(FundViews.Contribution::id)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundViews.Expenditure> expenditures() {
        return expenditureRecords.all().stream().sorted(Comparator.comparing(FundViews.Expenditure::spentOn)
                .reversed().thenComparing(FundViews.Expenditure::id)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundViews.Call> calls() {
        return callRecords.all().stream().sorted(Comparator.comparing(FundViews.Call::year).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public List<FundViews.Grant> grants() {
        return grantRecords.all().stream().sorted(Comparator.comparing(FundViews.Grant::periodStart).reversed()
                .thenComparing(FundViews.Grant::id)).toList();
    }

    @Transactional(readOnly = true)
    public List<FundViews.Trustee> trustees() {
        return trusteeRecords.all().stream().sorted(Comparator.comparing((FundViews.Trustee t) -> t.termEnd() == null
                ? FundRules.LATEST : t.termEnd()).reversed().thenComparing(t -> !t.chair())
                .thenComparing(FundViews.Trustee::id)).toList();
    }

    @Transactional(readOnly = true)
    public FundViews.Donor donor(long id) {
        return donorRecords.find(id).view();
    }

    @Transactional(readOnly = true)
    public FundViews.Contribution contribution(long id) {
        return contributionRecords.find(id).view();
    }

    @Transactional(readOnly = true)
    public FundViews.Expenditure expenditure(long id) {
        return expenditureRecords.find(id).view();
    }

    @Transactional(readOnly = true)
    public FundViews.Call call(long id) {
        return callRecords.find(id).view();
    }

    @Transactional(readOnly = true)
    public FundViews.Grant grant(long id) {
        return grantRecords.find(id).view();
    }

    @Transactional(readOnly = true)
    public FundViews.Trustee trustee(long id) {
        return trusteeRecords.find(id).view();
    }

    // ------------------------------------------------------------------ donors

    @Transactional
    public FundViews.Donor createDonor(Actor actor, FundCommands.Donor command) {
        return create(actor, donorRecords,
                () -> new FundDonorEntity(command.kind() == null ? DonorKind.STATE : command.kind()),
                r -> applyDonor(r, command));
    }

    @Transactional
    public FundViews.Donor updateDonor(Actor actor, long id, long expectedVersion, FundCommands.Donor command) {
        return update(actor, donorRecords, id, expectedVersion, r -> applyDonor(r, command));
    }

    private void applyDonor(FundDonorEntity donor, FundCommands.Donor c) {
        FundRules.required(c.kind(), "trustfund.kind.required");
        List<FundViews.Donor> others = donorRecords.all().stream().filter(d -> donor.getId() == null || d.id() != donor.getId()).toList();
        if (c.kind() == DonorKind.STATE) {
            ParticipantEntity state = participant(c.participantIso3(), "trustfund.participant.required");
            if (others.stream().anyMatch(d -> state.getIso3().equals(d.participantIso3()))) {
                throw new DomainException("trustfund.participant.duplicate", state.getIso3());
            }
            donor.apply(c.kind(), state, null);
        } else {
            String name = text(c.name(), "trustfund.name.required", ColumnLimit.DONOR_NAME);
            if (others.stream().anyMatch(d -> d.name() != null && d.name().equalsIgnoreCase(name))) {
                throw new DomainException("trustfund.name.duplicate", name);
            }
            donor.apply(c.kind(), null, name);
        }
    }

    // ------------------------------------------------------------------ contributions

    @Transactional
    public FundViews.Contribution createContribution(Actor actor, FundCommands.Contribution command) {
        return create(actor, contributionRecords, FundContributionEntity::new, r -> applyContribution(r, command));
    }

    @Transactional
    public FundViews.Contribution updateContribution(Actor actor, long id, long expectedVersion,
                                                     FundCommands.Contribution command) {
        return update(actor, contributionRecords, id, expectedVersion, r -> applyContribution(r, command));
    }

    private void applyContribution(FundContributionEntity contribution, FundCommands.Contribution c) {
        FundDonorEntity donor = donors.findById(FundRules.required(c.donorId(), "trustfund.donorId.required"))
                .orElseThrow(() -> new DomainException("trustfund.donorId.unknown"));
        FundRules.date(c.receivedOn(), "trustfund.receivedOn.required", "trustfund.receivedOn.range");
        Money money = Money.of(c.amount(), c.currency());
        FundRules.required(c.status(), "trustfund.status.required");
        contribution.apply(donor, c.receivedOn(), money, c.status(), optional(c.note(), ColumnLimit.CONTRIBUTION_NOTE));
    }

    // ------------------------------------------------------------------ expenditures other than grants

    @Transactional
    public FundViews.Expenditure createExpenditure(Actor actor, FundCommands.Expenditure command) {
        return create(actor, expenditureRecords, FundExpenditureEntity::new, r -> applyExpenditure(r, command));
    }

    @Transactional
    public FundViews.Expenditure updateExpenditure(Actor actor, long id, long expectedVersion,
                                                   FundCommands.Expenditure command) {
        return update(actor, expenditureRecords, id, expectedVersion, r -> applyExpenditure(r, command));
    }

    private void applyExpenditure(FundExpenditureEntity expenditure, FundCommands.Expenditure c) {
        FundRules.date(c.spentOn(), "trustfund.spentOn.required", "trustfund.spentOn.range");
        FundRules.required(c.kind(), "trustfund.expenditureKind.required");
        Money money = Money.of(c.amount(), c.currency());
        String description = optional(c.description(), ColumnLimit.EXPENDITURE_DESCRIPTION);
        FundRules.described(c.kind(), description);
        expenditure.apply(c.spentOn(), c.kind(), money, description);
    }

    // ------------------------------------------------------------------ calls

    @Transactional
    public FundViews.Call createCall(Actor actor, FundCommands.Call command) {
        return create(actor, callRecords, FundCallEntity::new, r -> applyCall(r, command));
    }

    @Transactional
    public FundViews.Call updateCall(Actor actor, long id, long expectedVersion, FundCommands.Call command) {
        return update(actor, callRecords, id, expectedVersion, r -> applyCall(r, command));
    }

    private void applyCall(FundCallEntity call, FundCommands.Call c) {
        int year = FundRules.callYear(c.year());
        String titleAr = text(c.titleAr(), "trustfund.titleAr.required", ColumnLimit.CALL_TITLE_AR);
        String titleEn = text(c.titleEn(), "trustfund.titleEn.required", ColumnLimit.CALL_TITLE_EN);
        FundRules.optionalDate(c.opensOn(), "trustfund.opensOn.range");
        FundRules.optionalDate(c.closesOn(), "trustfund.closesOn.range");
        FundRules.inOrder(c.opensOn(), c.closesOn(), "trustfund.closesOn.beforeStart");
        call.apply(new FundCommands.Call(year, titleAr, titleEn, c.opensOn(), c.closesOn()));
    }

    // ------------------------------------------------------------------ grants

    @Transactional
    public FundViews.Grant createGrant(Actor actor, FundCommands.Grant command) {
        return create(actor, grantRecords, FundGrantEntity::new, r -> applyGrant(r, command));
    }

    @Transactional
    public FundViews.Grant updateGrant(Actor actor, long id, long expectedVersion, FundCommands.Grant command) {
        return update(actor, grantRecords, id, expectedVersion, r -> applyGrant(r, command));
    }

    private void applyGrant(FundGrantEntity grant, FundCommands.Grant c) {
        String ngo = text(c.ngoName(), "trustfund.ngoName.required", ColumnLimit.GRANT_NGO_NAME);
        ParticipantEntity country = participant(c.countryIso3(), "trustfund.country.required");
        Money money = Money.of(c.amount(), c.currency());
        FundRules.date(c.periodStart(), "trustfund.periodStart.required", "trustfund.periodStart.range");
        FundRules.date(c.periodEnd(), "trustfund.periodEnd.required", "trustfund.periodEnd.range");
        FundRules.inOrder(c.periodStart(), c.periodEnd(), "trustfund.periodEnd.beforeStart");
        FundRules.required(c.status(), "trustfund.status.required");
        FundCallEntity call = c.callId() == null ? null
                : calls.findById(c.callId()).orElseThrow(() -> new DomainException("trustfund.callId.unknown"));
        grant.apply(call, ngo, country, optional(c.focusGroups(), ColumnLimit.GRANT_FOCUS_GROUPS),
                optional(c.services(), ColumnLimit.GRANT_SERVICES));
        grant.grant(money, c.periodStart(), c.periodEnd(), c.status());
    }

    // ------------------------------------------------------------------ trustees

    @Transactional
    public FundViews.Trustee createTrustee(Actor actor, FundCommands.Trustee command) {
        return create(actor, trusteeRecords, FundTrusteeEntity::new, r -> applyTrustee(r, command));
    }

    @Transactional
    public FundViews.Trustee updateTrustee(Actor actor, long id, long expectedVersion, FundCommands.Trustee command) {
        return update(actor, trusteeRecords, id, expectedVersion, r -> applyTrustee(r, command));
    }

    private void applyTrustee(FundTrusteeEntity trustee, FundCommands.Trustee c) {
        String nameAr = text(c.nameAr(), "trustfund.nameAr.required", ColumnLimit.TRUSTEE_NAME_AR);
        String nameEn = optional(c.nameEn(), ColumnLimit.TRUSTEE_NAME_EN);
        ParticipantEntity country = participant(c.countryIso3(), "trustfund.country.required");
        FundRules.optionalDate(c.termStart(), "trustfund.termStart.range");
        FundRules.optionalDate(c.termEnd(), "trustfund.termEnd.range");
        FundRules.inOrder(c.termStart(), c.termEnd(), "trustfund.termEnd.beforeStart");
        trustee.apply(nameAr, nameEn, country, c.chair(), c.gender(), c.termStart(), c.termEnd());
    }

    // ------------------------------------------------------------------ helpers

    /** One kind of record: its audit entity name, repository, its view and the view's summary for the audit. */
    private record Records<E, V extends FundViews.Versioned>(String entity, JpaRepository<E, Long> repository, Function<E, V> view,
                                 Function<V, String> describe) {

        List<V> all() {
            return repository.findAll().stream().map(view).toList();
        }

        E find(long id) {
            return repository.findById(id).orElseThrow(() -> new NotFoundException("trustfund.notFound", id));
        }
    }

    /** Creates a record from {@code apply}, audited as CREATE with its summary after. */
    private <E, V extends FundViews.Versioned> V create(Actor actor, Records<E, V> records, Supplier<E> fresh, Consumer<E> apply) {
        requireSecretariat(actor);
        E record = fresh.get();
        apply.accept(record);
        V saved = records.view().apply(records.repository().saveAndFlush(record));
        String after = records.describe().apply(saved);
        audit.created(actor.username(), records.entity(), saved.id(), after, after);
        return saved;
    }

    /** Changes a record through {@code apply} unless its version moved on (a conflict); audited as UPDATE, before and after. */
    private <E, V extends FundViews.Versioned> V update(Actor actor, Records<E, V> records, long id, long expectedVersion, Consumer<E> apply) {
        requireSecretariat(actor);
        E record = records.find(id);
        V now = records.view().apply(record);
        String before = records.describe().apply(now);
        if (now.version() != expectedVersion) {
            throw new ConflictException("trustfund.conflict", before);
        }
        apply.accept(record);
        V saved = records.view().apply(records.repository().saveAndFlush(record));
        String after = records.describe().apply(saved);
        audit.updated(actor.username(), records.entity(), id, after, before, after);
        return saved;
    }

    private static void requireSecretariat(Actor actor) {
        if (actor == null || !actor.isSecretariat()) {
            throw new ForbiddenException("trust fund: " + (actor == null ? "nobody" : actor.username()));
        }
    }

    private ParticipantEntity participant(String iso3, String requiredKey) {
        if (iso3 == null || iso3.isBlank()) {
            throw new DomainException(requiredKey);
        }
        return participants.findByIso3(iso3.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new DomainException("trustfund.participant.unknown", iso3.strip()));
    }

    private static String text(String value, String requiredKey, ColumnLimit limit) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredKey);
        }
        return limit.check(value.strip());
    }

    private static String optional(String value, ColumnLimit limit) {
        return limit.check(value == null || value.isBlank() ? null : value.strip());
    }
}
