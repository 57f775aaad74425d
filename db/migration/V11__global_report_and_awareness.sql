-- Why: the Secretary-General's report cites the UNODC Global Report on Trafficking in Persons
-- (seed 001, para. 4 and 72-77) and the awareness work around the World Day against Trafficking
-- in Persons and the Blue Heart campaign (seed 001, para. 83-90; seed 002, para. 37-38). The
-- report's percentages (share of countries with full, partial or no criminalization, conviction
-- bands) must be computed from one row per country and edition, and the Blue Heart count as of a
-- date from one row per adopting country, each next to the figure the documents report.

create table global_report_edition (
    id                    bigserial    constraint pk_global_report_edition primary key,
    year                  integer      not null constraint uk_global_report_edition_year unique,
    edition_number        integer,
    published_year        integer,
    published_month       integer,
    data_from_year        integer,
    data_to_year          integer,
    countries_covered     integer,
    legislation_year      integer,
    legislation_month     integer,
    convictions_from_year integer,
    convictions_to_year   integer,
    source                varchar(300) not null,
    demo                  boolean      not null default false,
    version               bigint       not null default 0,
    constraint ck_global_report_edition_year check (year between 2009 and 2100),
    constraint ck_global_report_edition_number check (edition_number is null or edition_number between 1 and 100),
    constraint ck_global_report_edition_published_month check (published_month is null or published_month between 1 and 12),
    constraint ck_global_report_edition_legislation_month check (legislation_month is null or legislation_month between 1 and 12),
    constraint ck_global_report_edition_data check (data_from_year is null or data_to_year is null or data_from_year <= data_to_year),
    constraint ck_global_report_edition_convictions check (convictions_from_year is null or convictions_to_year is null
        or convictions_from_year <= convictions_to_year),
    constraint ck_global_report_edition_countries check (countries_covered is null or countries_covered between 1 and 250)
);

-- A headline finding of an edition as the documents state it (a count, a percentage, or "one in n").
create table global_report_finding (
    id          bigserial     constraint pk_global_report_finding primary key,
    edition_id  bigint        not null constraint fk_global_report_finding_edition references global_report_edition (id) on delete cascade,
    kind        varchar(40)   not null,
    amount      numeric(12,4) not null,
    unit        varchar(10)   not null,
    qualifier   varchar(10)   not null default 'EXACT',
    source      varchar(300)  not null,
    quote_ar    text,
    constraint uk_global_report_finding_kind unique (edition_id, kind),
    constraint ck_global_report_finding_unit check (unit in ('COUNT', 'PERCENT', 'ONE_IN')),
    constraint ck_global_report_finding_qualifier check (qualifier in ('EXACT', 'ABOUT', 'AT_LEAST')),
    constraint ck_global_report_finding_amount check (amount >= 0)
);

-- One country's situation in one edition: criminalization status and conviction band.
create table global_report_country (
    id               bigserial   constraint pk_global_report_country primary key,
    edition_id       bigint      not null constraint fk_global_report_country_edition references global_report_edition (id) on delete cascade,
    participant_id   bigint      not null constraint fk_global_report_country_participant references participant (id),
    criminalization  varchar(10) not null,
    conviction_band  varchar(12),
    demo             boolean     not null default false,
    version          bigint      not null default 0,
    constraint uk_global_report_country unique (edition_id, participant_id),
    constraint ck_global_report_country_criminalization check (criminalization in ('FULL', 'PARTIAL', 'NONE')),
    constraint ck_global_report_country_band check (conviction_band is null or conviction_band in ('NONE', 'UNDER_10', 'TEN_OR_MORE'))
);
create index ix_global_report_country_participant on global_report_country (participant_id);

-- The theme of the World Day against Trafficking in Persons (30 July), one per year.
create table world_day_theme (
    id        bigserial    constraint pk_world_day_theme primary key,
    year      integer      not null constraint uk_world_day_theme_year unique,
    theme_ar  varchar(500) not null,
    theme_en  varchar(500),
    source    varchar(300),
    demo      boolean      not null default false,
    version   bigint       not null default 0,
    constraint ck_world_day_theme_year check (year between 2014 and 2100)
);

-- A country that adopted the Blue Heart campaign: its year, or only a date by which it had.
create table blue_heart_adoption (
    id              bigserial    constraint pk_blue_heart_adoption primary key,
    participant_id  bigint       not null constraint uk_blue_heart_adoption_participant unique
                                 constraint fk_blue_heart_adoption_participant references participant (id),
    adopted_year    integer,
    known_by        date,
    source          varchar(300),
    demo            boolean      not null default false,
    version         bigint       not null default 0,
    constraint ck_blue_heart_adoption_year check (adopted_year is null or adopted_year between 2010 and 2100),
    constraint ck_blue_heart_adoption_when check (adopted_year is not null or known_by is not null)
);

-- A count of Blue Heart countries as a document reports it, to compare with the rows.
create table blue_heart_reported_count (
    id             bigserial    constraint pk_blue_heart_reported_count primary key,
    as_of          date         not null constraint uk_blue_heart_reported_count_as_of unique,
    country_count  integer      not null,
    source         varchar(300) not null,
    quote_ar       text         not null,
    constraint ck_blue_heart_reported_count_count check (country_count >= 0)
);
