-- Why: chapters III.B and IV of the Secretary-General's report (para. 32-78 of the report of
-- 1 July 2016) describe what the UN system's agencies did and how the Inter-Agency Coordination
-- Group against Trafficking in Persons (ICAT) works: its members over time, the six entities of
-- its "Working Group", the chair that rotates every year and its policy papers. The secretariat
-- records agency activities (with figures, countries, regions and partners) so that the report's
-- facts come from records; analysts browse, search and export them. Every change is audited;
-- edited rows carry a version so that a stale edit is refused.

create table agency (
    id          bigserial    constraint pk_agency primary key,
    acronym     varchar(20)  not null constraint uk_agency_acronym unique,
    acronym_ar  varchar(60),
    name_ar     varchar(300) not null,
    name_en     varchar(300) not null,
    kind        varchar(20)  not null,
    sort_order  integer      not null default 999,
    version     bigint       not null default 0,
    constraint ck_agency_kind check (kind in ('UN_ENTITY', 'INTERGOVERNMENTAL', 'REGIONAL', 'COORDINATION')),
    constraint ck_agency_acronym check (acronym ~ '^[A-Za-z][A-Za-z0-9 -]*$')
);

-- Membership of ICAT over time: a member (or a formal partner) from a date, until a date (open when null).
create table icat_membership (
    id            bigserial   constraint pk_icat_membership primary key,
    agency_id     bigint      not null constraint fk_icat_membership_agency references agency (id),
    role          varchar(12) not null default 'MEMBER',
    member_from   date        not null,
    member_until  date,
    source        varchar(300),
    version       bigint      not null default 0,
    constraint ck_icat_membership_role check (role in ('MEMBER', 'PARTNER')),
    constraint ck_icat_membership_period check (member_until is null or member_from <= member_until)
);
create index ix_icat_membership_agency on icat_membership (agency_id);

-- The entities that form ICAT's decision-making "Working Group", over time.
create table icat_working_group (
    id            bigserial   constraint pk_icat_working_group primary key,
    agency_id     bigint      not null constraint fk_icat_working_group_agency references agency (id),
    member_from   date        not null,
    member_until  date,
    source        varchar(300),
    constraint ck_icat_working_group_period check (member_until is null or member_from <= member_until)
);

-- The chair of ICAT, one agency a year.
create table icat_chair (
    chair_year  integer      constraint pk_icat_chair primary key,
    agency_id   bigint       not null constraint fk_icat_chair_agency references agency (id),
    source      varchar(300),
    version     bigint       not null default 0,
    constraint ck_icat_chair_year check (chair_year between 2006 and 2100)
);

create table icat_paper (
    id           bigserial    constraint pk_icat_paper primary key,
    title_ar     varchar(500) not null,
    title_en     varchar(500) not null,
    paper_year   integer      not null,
    status       varchar(20)  not null,
    source       varchar(300),
    version      bigint       not null default 0,
    constraint ck_icat_paper_status check (status in ('PUBLISHED', 'IN_PREPARATION')),
    constraint ck_icat_paper_year check (paper_year between 2006 and 2100)
);

create table agency_activity (
    id                 bigserial     constraint pk_agency_activity primary key,
    agency_id          bigint        not null constraint fk_agency_activity_agency references agency (id),
    kind               varchar(30)   not null,
    heading            varchar(20),
    title              varchar(500)  not null,
    description        text          not null default '',
    start_date         date,
    end_date           date,
    date_precision     varchar(5)    not null default 'DAY',
    people_trained     integer,
    victims_assisted   integer,
    suspects_arrested  integer,
    countries_reached  integer,
    source_symbol      varchar(100),
    source_paragraph   varchar(200),
    search_text        text          not null default '',
    demo               boolean       not null default false,
    created_at         timestamptz   not null default now(),
    created_by         varchar(60)   not null,
    updated_at         timestamptz   not null default now(),
    updated_by         varchar(60)   not null,
    version            bigint        not null default 0,
    constraint ck_agency_activity_kind check (kind in ('TECHNICAL_ASSISTANCE', 'TRAINING', 'PUBLICATION', 'TOOL',
        'CAMPAIGN', 'PROJECT', 'EVENT', 'MEETING', 'COOPERATION')),
    constraint ck_agency_activity_heading check (heading in ('LEGISLATION', 'PREVENTION', 'PROSECUTION', 'PROTECTION',
        'PARTNERSHIPS')),
    constraint ck_agency_activity_precision check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint ck_agency_activity_dates check (start_date is null or end_date is null or start_date <= end_date),
    constraint ck_agency_activity_figures check (coalesce(people_trained, 0) >= 0 and coalesce(victims_assisted, 0) >= 0
        and coalesce(suspects_arrested, 0) >= 0 and coalesce(countries_reached, 0) >= 0)
);
create index ix_agency_activity_agency on agency_activity (agency_id);

create table agency_activity_country (
    activity_id     bigint not null constraint fk_agency_activity_country_activity references agency_activity (id) on delete cascade,
    participant_id  bigint not null constraint fk_agency_activity_country_participant references participant (id),
    constraint pk_agency_activity_country primary key (activity_id, participant_id)
);

create table agency_activity_region (
    activity_id  bigint      not null constraint fk_agency_activity_region_activity references agency_activity (id) on delete cascade,
    region       varchar(30) not null,
    constraint pk_agency_activity_region primary key (activity_id, region)
);

create table agency_activity_partner (
    activity_id  bigint not null constraint fk_agency_activity_partner_activity references agency_activity (id) on delete cascade,
    agency_id    bigint not null constraint fk_agency_activity_partner_agency references agency (id),
    constraint pk_agency_activity_partner primary key (activity_id, agency_id)
);
