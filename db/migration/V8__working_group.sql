-- Why: the Working Group on Trafficking in Persons (of the Conference of the Parties) adopts
-- recommendations at its meetings; the secretariat's papers quote them, and states' measures
-- answer them. Meetings, their questions for discussion and their recommendations are kept
-- here, each recommendation with its lettered sub-paragraph, addressee and theme, so that a
-- meeting's recommendations can be printed as the papers print them and a measure in a state's
-- report can cite the recommendation it answers.

-- The managed list of themes (our classification, not the Working Group's).
create table wg_theme (
    code        varchar(40)  constraint pk_wg_theme primary key,
    name_ar     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  integer      not null,
    active      boolean      not null default true,
    constraint ck_wg_theme_code check (code ~ '^[A-Z][A-Z_]*$')
);

insert into wg_theme (code, name_ar, name_en, sort_order) values
    ('ROOT_CAUSES',      'الأسباب الجذرية والفئات المعرضة للخطر',  'Root causes and people at risk', 10),
    ('AWARENESS',        'التوعية والتعليم',                       'Awareness and education', 20),
    ('DEMAND',           'الحد من الطلب',                          'Reducing demand', 30),
    ('LABOUR_STANDARDS', 'معايير العمل وسلاسل الإمداد',            'Labour standards and supply chains', 40),
    ('RECRUITMENT',      'وكالات التوظيف ورسوم التوظيف',           'Recruitment agencies and fees', 50),
    ('COOPERATION',      'التعاون والشراكات',                      'Cooperation and partnerships', 60),
    ('CAPACITY',         'التدريب وبناء القدرات',                  'Training and capacity-building', 70),
    ('ASSESSMENT',       'التقييم والبيانات',                      'Assessment and data', 80),
    ('TECHNOLOGY',       'التكنولوجيا',                            'Technology', 90),
    ('VICTIMS',          'حماية الضحايا ومساعدتهم',               'Protection and assistance of victims', 100),
    ('OTHER',            'موضوع آخر',                              'Other theme', 999);

create table wg_meeting (
    id                  bigserial    constraint pk_wg_meeting primary key,
    -- the Working Group counts its meetings: first, second, ... ninth
    number              integer      not null,
    year                integer      not null,
    start_date          date,
    end_date            date,
    venue_ar            varchar(200),
    venue_en            varchar(200),
    format              varchar(16),
    report_symbol       varchar(60),
    -- the sentence that introduces the recommendations, when a paper quotes it in its own words;
    -- otherwise the lead-in is composed from the number, the year and the subject
    lead_in_ar          text,
    -- e.g. 'المتعلقة بمنع الجريمة', completing the composed lead-in
    subject_ar          varchar(300),
    source              varchar(300),
    demo                boolean      not null default false,
    created_by          varchar(60)  not null,
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(60)  not null,
    version             bigint       not null default 0,
    constraint uk_wg_meeting_number unique (number),
    constraint ck_wg_meeting_number check (number between 1 and 30),
    constraint ck_wg_meeting_year check (year between 2000 and 2100),
    constraint ck_wg_meeting_dates check (start_date is null or end_date is null or start_date <= end_date),
    constraint ck_wg_meeting_start_year check (start_date is null or extract(year from start_date) = year),
    constraint ck_wg_meeting_format check (format is null or format in ('IN_PERSON', 'HYBRID', 'ONLINE'))
);

-- The questions for discussion put to a meeting, in the order of the paper (lettered (أ), (ب) ...).
create table wg_question (
    id          bigserial constraint pk_wg_question primary key,
    meeting_id  bigint    not null constraint fk_wg_question_meeting references wg_meeting (id) on delete cascade,
    position    integer   not null,
    text_ar     text      not null,
    constraint uk_wg_question_position unique (meeting_id, position),
    constraint ck_wg_question_position check (position >= 1)
);

create table wg_recommendation (
    id              bigserial    constraint pk_wg_recommendation primary key,
    meeting_id      bigint       not null constraint fk_wg_recommendation_meeting references wg_meeting (id),
    -- paragraph of the meeting's report, when known
    paragraph       integer,
    -- the lettered sub-paragraph: 1 = (أ), 2 = (ب) ... (abjad order)
    position        integer      not null,
    addressee       varchar(20)  not null,
    theme_code      varchar(40)  not null constraint fk_wg_recommendation_theme references wg_theme (code),
    text_ar         text         not null,
    text_en         text,
    source          varchar(300),
    -- text_ar and text_en normalized by ArabicSearch, for search
    search_text     text         not null,
    demo            boolean      not null default false,
    created_by      varchar(60)  not null,
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(60)  not null,
    version         bigint       not null default 0,
    constraint ck_wg_recommendation_position check (position between 1 and 28),
    constraint ck_wg_recommendation_paragraph check (paragraph is null or paragraph between 1 and 999),
    constraint ck_wg_recommendation_addressee check (addressee in ('STATES_PARTIES', 'STATES', 'SECRETARIAT',
        'UNODC', 'CONFERENCE', 'OTHER'))
);
create unique index uk_wg_recommendation_letter on wg_recommendation (meeting_id, coalesce(paragraph, 0), position);
create index ix_wg_recommendation_theme on wg_recommendation (theme_code);

-- A measure of a state's report may cite the recommendation it answers.
alter table measure add column recommendation_id bigint
    constraint fk_measure_recommendation references wg_recommendation (id) on delete set null;
create index ix_measure_recommendation on measure (recommendation_id);
