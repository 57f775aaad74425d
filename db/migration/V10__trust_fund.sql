-- Why: the Secretary-General reports each year on the United Nations Voluntary Trust Fund for
-- Victims of Trafficking in Persons, Especially Women and Children (seed 001, para. 79-82): what
-- it received since 2010 and from whom, the projects of non-governmental organizations it funds,
-- its calls for proposals and its Board of Trustees. The report's figures are computed from these
-- rows, never typed. Money is an exact decimal with its ISO 4217 currency; amounts are never
-- negative and never absurd (more than one billion).

create table fund_donor (
    id              bigserial    constraint pk_fund_donor primary key,
    kind            varchar(16)  not null,
    participant_id  bigint       constraint fk_fund_donor_participant references participant (id),
    name            varchar(200),
    demo            boolean      not null default false,
    version         bigint       not null default 0,
    constraint ck_fund_donor_kind check (kind in ('STATE', 'COMPANY', 'FOUNDATION', 'ORGANIZATION', 'INDIVIDUAL')),
    constraint ck_fund_donor_identity check (
        (kind = 'STATE' and participant_id is not null and name is null)
        or (kind <> 'STATE' and participant_id is null and name is not null and length(trim(name)) > 0))
);
create unique index uk_fund_donor_participant on fund_donor (participant_id) where participant_id is not null;
create unique index uk_fund_donor_name on fund_donor (lower(name)) where name is not null;

create table fund_contribution (
    id           bigserial     constraint pk_fund_contribution primary key,
    donor_id     bigint        not null constraint fk_fund_contribution_donor references fund_donor (id),
    received_on  date          not null,
    amount       numeric(18,2) not null,
    currency     char(3)       not null,
    status       varchar(16)   not null,
    note         varchar(500),
    demo         boolean       not null default false,
    version      bigint        not null default 0,
    constraint ck_fund_contribution_amount check (amount > 0 and amount <= 1000000000),
    constraint ck_fund_contribution_currency check (currency ~ '^[A-Z]{3}$'),
    constraint ck_fund_contribution_status check (status in ('PLEDGED', 'PAID'))
);
create index ix_fund_contribution_donor on fund_contribution (donor_id);
create index ix_fund_contribution_received_on on fund_contribution (received_on);

-- A call for proposals: the year and the window in which proposals were received.
create table fund_call (
    id        bigserial    constraint pk_fund_call primary key,
    year      integer      not null,
    title_ar  varchar(300) not null,
    title_en  varchar(300) not null,
    opens_on  date,
    closes_on date,
    demo      boolean      not null default false,
    version   bigint       not null default 0,
    constraint ck_fund_call_year check (year between 2010 and 2100),
    constraint ck_fund_call_window check (opens_on is null or closes_on is null or opens_on <= closes_on)
);

-- A project of a non-governmental organization and its grant (funded, on the reserve list, closed).
create table fund_grant (
    id              bigserial     constraint pk_fund_grant primary key,
    call_id         bigint        constraint fk_fund_grant_call references fund_call (id),
    ngo_name        varchar(300)  not null,
    participant_id  bigint        not null constraint fk_fund_grant_participant references participant (id),
    amount          numeric(18,2) not null,
    currency        char(3)       not null,
    period_start    date          not null,
    period_end      date          not null,
    focus_groups    varchar(500),
    services        varchar(1000),
    status          varchar(16)   not null,
    demo            boolean       not null default false,
    version         bigint        not null default 0,
    constraint ck_fund_grant_amount check (amount > 0 and amount <= 1000000000),
    constraint ck_fund_grant_currency check (currency ~ '^[A-Z]{3}$'),
    constraint ck_fund_grant_period check (period_start <= period_end),
    constraint ck_fund_grant_status check (status in ('FUNDED', 'RESERVE', 'CLOSED'))
);
create index ix_fund_grant_participant on fund_grant (participant_id);
create index ix_fund_grant_call on fund_grant (call_id);

-- The Board of Trustees: its members, their country and term.
create table fund_trustee (
    id              bigserial    constraint pk_fund_trustee primary key,
    name_ar         varchar(200) not null,
    name_en         varchar(200),
    participant_id  bigint       constraint fk_fund_trustee_participant references participant (id),
    chair           boolean      not null default false,
    term_start      date,
    term_end        date,
    demo            boolean      not null default false,
    version         bigint       not null default 0,
    constraint ck_fund_trustee_term check (term_start is null or term_end is null or term_start <= term_end)
);
