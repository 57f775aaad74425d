-- Why: the Secretary-General's report is drafted here, from the records, instead of being copied
-- by hand into Word. A draft keeps the mandate it was created from (the requesting resolution and
-- paragraph, the session and agenda item, its symbol, the period and the information cut-off date,
-- the reporting cycle), its status (draft, in review, final) and its paragraphs in order.
-- A paragraph built from the records keeps its composer key (stable across regenerations), the
-- text the records gave when it was last adopted (the baseline an edit is measured against), the
-- person's text, and, when the records have changed under an edited paragraph, the new generated
-- text waiting to be reconciled: regeneration never overwrites a typed word. Sources, footnotes and
-- the rows a paragraph counted are kept as tab-separated lines (one source, footnote or row per line).
-- A paragraph a person deleted is kept as dismissed so that regeneration does not bring it back.
-- Every save makes a version (a copy of the paragraphs' texts) so that two versions can be compared.
-- Comments are made on paragraphs, mostly in review, and resolved.

create table report_draft (
    id                     bigserial    constraint pk_report_draft primary key,
    symbol                 varchar(40)  not null,
    session                integer      not null,
    agenda_item            integer      not null,
    agenda_footnote_symbol varchar(40),
    agenda_title_ar        varchar(300),
    agenda_title_en        varchar(300),
    title_ar               varchar(500) not null,
    title_en               varchar(500) not null,
    requesting_resolution  varchar(40)  not null,
    requesting_paragraph   varchar(20),
    previous_resolution    varchar(40),
    issue_date             date         not null,
    period_from            date         not null,
    period_to              date         not null,
    cut_off                date         not null,
    cycle_id               bigint       constraint fk_report_draft_cycle references reporting_cycle (id),
    original_language      varchar(2)   not null default 'en',
    digits                 varchar(20)  not null default 'ARABIC_INDIC',
    status                 varchar(12)  not null default 'DRAFT',
    started_from_id        bigint       constraint fk_report_draft_started_from references report_draft (id),
    generated_at           timestamptz,
    created_at             timestamptz  not null,
    created_by             varchar(100) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(100) not null,
    version                bigint       not null default 0,
    constraint ck_report_draft_status check (status in ('DRAFT', 'IN_REVIEW', 'FINAL')),
    constraint ck_report_draft_period check (period_from <= period_to),
    constraint ck_report_draft_language check (original_language in ('en', 'ar', 'fr', 'es', 'ru', 'zh')),
    constraint ck_report_draft_digits check (digits in ('ARABIC_INDIC', 'WESTERN'))
);
create index ix_report_draft_updated on report_draft (updated_at desc);

create table report_paragraph (
    id           bigserial    constraint pk_report_paragraph primary key,
    draft_id     bigint       not null constraint fk_report_paragraph_draft references report_draft (id) on delete cascade,
    position     integer      not null,
    block_key    varchar(200),
    role         varchar(24)  not null,
    chapter      integer      not null,
    section      integer      not null default 0,
    kind         varchar(12)  not null,
    placeholder  boolean      not null default false,
    text_ar      text         not null,
    text_en      text         not null,
    generated_ar text,
    generated_en text,
    pending_ar   text,
    pending_en   text,
    orphaned     boolean      not null default false,
    dismissed    boolean      not null default false,
    sources      text         not null default '',
    footnotes    text         not null default '',
    data         text         not null default '',
    as_of        date,
    generated_at timestamptz,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null,
    version      bigint       not null default 0,
    constraint ck_report_paragraph_role check (role in ('SUMMARY', 'CHAPTER_HEADING', 'SECTION_HEADING',
        'SUBSECTION_HEADING', 'PARAGRAPH', 'SUBPARAGRAPH')),
    constraint ck_report_paragraph_kind check (kind in ('GENERATED', 'EDITED', 'NARRATIVE', 'HEADING')),
    constraint ck_report_paragraph_chapter check (chapter between 0 and 9),
    constraint ck_report_paragraph_generated check (kind not in ('GENERATED', 'EDITED') or block_key is not null)
);
create index ix_report_paragraph_draft on report_paragraph (draft_id, position);
create unique index ux_report_paragraph_key on report_paragraph (draft_id, block_key) where block_key is not null;

create table report_version (
    id         bigserial    constraint pk_report_version primary key,
    draft_id   bigint       not null constraint fk_report_version_draft references report_draft (id) on delete cascade,
    number     integer      not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    note       varchar(300) not null,
    constraint uq_report_version_number unique (draft_id, number)
);

create table report_version_paragraph (
    version_id   bigint       not null constraint fk_report_version_paragraph references report_version (id) on delete cascade,
    position     integer      not null,
    paragraph_id bigint       not null,
    block_key    varchar(200),
    role         varchar(24)  not null,
    chapter      integer      not null,
    text_ar      text         not null,
    text_en      text         not null,
    constraint pk_report_version_paragraph primary key (version_id, position)
);

create table report_comment (
    id           bigserial     constraint pk_report_comment primary key,
    draft_id     bigint        not null constraint fk_report_comment_draft references report_draft (id) on delete cascade,
    paragraph_id bigint        not null constraint fk_report_comment_paragraph references report_paragraph (id) on delete cascade,
    author       varchar(100)  not null,
    text         varchar(4000) not null,
    created_at   timestamptz   not null,
    resolved     boolean       not null default false,
    resolved_by  varchar(100),
    resolved_at  timestamptz,
    constraint ck_report_comment_text check (length(trim(text)) > 0)
);
create index ix_report_comment_paragraph on report_comment (paragraph_id);

alter table audit_entry drop constraint ck_audit_entry_operation;
alter table audit_entry add constraint ck_audit_entry_operation check (operation in ('CREATE', 'UPDATE', 'DELETE',
    'IMPORT', 'SUBMIT', 'ACCEPT', 'RETURN', 'UPLOAD', 'DENIED', 'ENABLE', 'DISABLE', 'LINK', 'PASSWORD',
    'REGENERATE', 'STATUS', 'COMMENT'));
