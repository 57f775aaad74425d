-- Why: member states answer the Secretary-General's note verbale with measure reports, one per
-- participant and reporting cycle, entered by their focal points as structured measures under
-- the five headings of the report (chapter III.A). The secretariat opens cycles, follows who has
-- answered, accepts or returns reports. Focal-point accounts set their own password through a
-- one-time link. Every change is kept in the audit trail with the report before and after.

create table reporting_cycle (
    id              bigserial    constraint pk_reporting_cycle primary key,
    title_ar        varchar(300) not null,
    title_en        varchar(300) not null,
    note_reference  varchar(100) not null,
    resolution      varchar(100) not null,
    period_start    date         not null,
    period_end      date         not null,
    deadline        date         not null,
    status          varchar(16)  not null default 'DRAFT',
    demo            boolean      not null default false,
    created_at      timestamptz  not null default now(),
    created_by      varchar(60)  not null,
    version         bigint       not null default 0,
    constraint ck_reporting_cycle_status check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint ck_reporting_cycle_period check (period_start <= period_end)
);

-- The participants asked to answer in a cycle (by default every UN member state).
create table cycle_participant (
    cycle_id        bigint not null constraint fk_cycle_participant_cycle references reporting_cycle (id) on delete cascade,
    participant_id  bigint not null constraint fk_cycle_participant_participant references participant (id),
    constraint pk_cycle_participant primary key (cycle_id, participant_id)
);

-- The managed list of measure types.
create table measure_type (
    code        varchar(40)  constraint pk_measure_type primary key,
    name_ar     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint ck_measure_type_code check (code ~ '^[A-Z][A-Z_]*$')
);

insert into measure_type (code, name_ar, name_en, sort_order) values
    ('LAW_ADOPTED',            'اعتماد قانون أو تعديله',            'Law adopted or amended', 10),
    ('NATIONAL_ACTION_PLAN',   'خطة عمل وطنية أو إطار استراتيجي',   'National action plan or strategic framework', 20),
    ('COORDINATION_BODY',      'هيئة تنسيق وطنية',                  'National coordination body', 30),
    ('AWARENESS_CAMPAIGN',     'حملة توعية',                         'Awareness campaign', 40),
    ('RESEARCH_DATA',          'بحوث وجمع بيانات',                   'Research and data collection', 50),
    ('LABOUR_MIGRATION',       'تدابير تخص العمال المهاجرين ورسوم التوظيف', 'Labour migration and recruitment measures', 60),
    ('SUPPLY_CHAIN',           'تدابير تخص سلاسل الإمداد',           'Supply chain measures', 70),
    ('HOTLINE',                'خط هاتفي للمساعدة أو للإبلاغ',       'Helpline or reporting line', 80),
    ('SPECIALIZED_UNIT',       'وحدة متخصصة',                        'Specialized unit', 90),
    ('TRAINING',               'تدريب',                              'Training', 100),
    ('GUIDELINES',             'سياسات ومبادئ توجيهية',              'Policies and guidelines', 110),
    ('PROSECUTION_DATA',       'دعاوى قضائية وإدانات',               'Prosecutions and convictions', 120),
    ('REFERRAL_MECHANISM',     'آلية وطنية للإحالة',                 'National referral mechanism', 130),
    ('SHELTER_SERVICES',       'مأوى وخدمات للضحايا',                'Shelter and services for victims', 140),
    ('RESIDENCE_PERMIT',       'تصريح إقامة للضحايا',                'Residence permit for victims', 150),
    ('NON_PUNISHMENT',         'حكم بعدم معاقبة الضحايا',            'Non-punishment provision', 160),
    ('COMPENSATION',           'تعويض الضحايا',                      'Compensation for victims', 170),
    ('BILATERAL_AGREEMENT',    'اتفاق ثنائي',                        'Bilateral agreement', 180),
    ('REGIONAL_COOPERATION',   'تعاون إقليمي أو دولي',               'Regional or international cooperation', 190),
    ('CIVIL_SOCIETY',          'شراكة مع المجتمع المدني أو القطاع الخاص', 'Partnership with civil society or the private sector', 200),
    ('OTHER',                  'تدبير آخر',                          'Other measure', 999);

create table measure_report (
    id              bigserial    constraint pk_measure_report primary key,
    cycle_id        bigint       not null constraint fk_measure_report_cycle references reporting_cycle (id),
    participant_id  bigint       not null constraint fk_measure_report_participant references participant (id),
    status          varchar(16)  not null default 'DRAFT',
    submitted_at    timestamptz,
    submitted_by    varchar(60),
    decided_at      timestamptz,
    decided_by      varchar(60),
    return_comment  text,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(60)  not null,
    version         bigint       not null default 0,
    constraint uk_measure_report_cycle_participant unique (cycle_id, participant_id),
    constraint ck_measure_report_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'))
);
create index ix_measure_report_participant on measure_report (participant_id);

create table measure (
    id                  bigserial     constraint pk_measure primary key,
    report_id           bigint        not null constraint fk_measure_report references measure_report (id) on delete cascade,
    position            integer       not null,
    heading             varchar(20)   not null,
    type_code           varchar(40)   not null constraint fk_measure_type references measure_type (code),
    title               varchar(300)  not null,
    description         text          not null,
    start_date          date,
    end_date            date,
    target_groups       varchar(40)[] not null default '{}',
    forms               varchar(40)[] not null default '{}',
    investigations      integer,
    prosecutions        integer,
    convictions         integer,
    victims_identified  integer,
    victims_assisted    integer,
    people_trained      integer,
    recommendation_ref  varchar(100),
    resolution_ref      varchar(100),
    -- title and description normalized by ArabicSearch (hamza forms, ال, ة/ه, ى/ي, diacritics), for search
    search_text         text          not null,
    constraint ck_measure_heading check (heading in ('LEGISLATION', 'PREVENTION', 'PROSECUTION', 'PROTECTION', 'PARTNERSHIPS')),
    constraint ck_measure_dates check (start_date is null or end_date is null or start_date <= end_date),
    constraint ck_measure_figures check (coalesce(investigations, 0) >= 0 and coalesce(prosecutions, 0) >= 0
        and coalesce(convictions, 0) >= 0 and coalesce(victims_identified, 0) >= 0
        and coalesce(victims_assisted, 0) >= 0 and coalesce(people_trained, 0) >= 0)
);
create index ix_measure_report on measure (report_id, position);
create index ix_measure_heading_type on measure (heading, type_code);
create index ix_measure_target_groups on measure using gin (target_groups);
create index ix_measure_forms on measure using gin (forms);
create extension if not exists pg_trgm;
create index ix_measure_search on measure using gin (search_text gin_trgm_ops);

-- Focal points: the secretariat creates the account, the user sets a password through a
-- one-time link (only its hash is kept) that expires.
alter table app_user add column email varchar(200);
alter table app_user add column full_name varchar(200);
alter table app_user add column password_token_hash varchar(100);
alter table app_user add column password_token_expires timestamptz;
alter table app_user add column created_by varchar(60);

-- The audit trail now also keeps report workflow steps and refused access.
alter table audit_entry drop constraint ck_audit_entry_operation;
alter table audit_entry add constraint ck_audit_entry_operation check (operation in ('CREATE', 'UPDATE', 'DELETE',
    'IMPORT', 'SUBMIT', 'ACCEPT', 'RETURN', 'UPLOAD', 'DENIED', 'ENABLE', 'DISABLE', 'LINK', 'PASSWORD'));
