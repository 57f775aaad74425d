-- Why: the first schema. Participants (states, observer states, the EU) with names that are
-- valid over periods, the Convention and its three Protocols, the treaty actions that make a
-- participant a signatory or a party, the accounts that may change them and the audit trail
-- that keeps who changed what, when and why. Reference rows remember which CSV rows were
-- loaded once, so that a second load neither duplicates nor resurrects what users edited.

create table participant (
    id            bigserial    constraint pk_participant primary key,
    iso3          varchar(3)   not null constraint uk_participant_iso3 unique,
    m49           varchar(3),
    kind          varchar(32)  not null,
    name_ar       varchar(200) not null,
    name_en       varchar(200) not null,
    region_en     varchar(60),
    region_ar     varchar(60),
    subregion_en  varchar(100),
    subregion_ar  varchar(100),
    un_member     boolean      not null,
    version       bigint       not null default 0,
    constraint ck_participant_iso3 check (iso3 ~ '^[A-Z]{3}$'),
    constraint ck_participant_kind check (kind in ('STATE', 'OBSERVER_STATE', 'REGIONAL_ORGANIZATION'))
);

create table participant_name (
    id             bigserial    constraint pk_participant_name primary key,
    participant_id bigint       not null constraint fk_participant_name_participant references participant (id) on delete cascade,
    name_ar        varchar(200) not null,
    name_en        varchar(200) not null,
    valid_from     date,
    valid_until    date,
    source         varchar(500),
    constraint ck_participant_name_period check (valid_from is null or valid_until is null or valid_from < valid_until)
);
create index ix_participant_name_participant on participant_name (participant_id);

create table treaty (
    code               varchar(16)  constraint pk_treaty primary key,
    untc_reference     varchar(20)  not null,
    parent_code        varchar(16)  constraint fk_treaty_parent references treaty (code),
    adopted            date         not null,
    entry_into_force   date         not null,
    signature_deadline date         not null,
    name_en            varchar(400) not null,
    short_name_en      varchar(100) not null,
    back_reference_en  varchar(100) not null,
    name_ar            varchar(400) not null,
    short_name_ar      varchar(100) not null,
    back_reference_ar  varchar(100) not null
);

create table treaty_action (
    id             bigserial    constraint pk_treaty_action primary key,
    participant_id bigint       not null constraint fk_treaty_action_participant references participant (id),
    treaty_code    varchar(16)  not null constraint fk_treaty_action_treaty references treaty (code),
    kind           varchar(32)  not null,
    action_date    date         not null,
    text           text,
    source         varchar(500),
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null default now(),
    updated_by     varchar(100) not null,
    constraint ck_treaty_action_kind check (kind in ('SIGNATURE', 'RATIFICATION', 'ACCEPTANCE', 'APPROVAL',
        'ACCESSION', 'SUCCESSION', 'DECLARATION', 'RESERVATION', 'OBJECTION', 'WITHDRAWAL_OF_RESERVATION', 'DENUNCIATION')),
    constraint ck_treaty_action_text_length check (text is null or length(text) <= 20000)
);
create index ix_treaty_action_participant on treaty_action (participant_id);
create index ix_treaty_action_treaty_date on treaty_action (treaty_code, action_date);
-- One signature per participant and treaty.
create unique index uk_treaty_action_signature on treaty_action (participant_id, treaty_code) where kind = 'SIGNATURE';

create table reference_row (
    row_key   varchar(160) constraint pk_reference_row primary key,
    loaded_at timestamptz  not null default now()
);

create table app_user (
    id              bigserial    constraint pk_app_user primary key,
    username        varchar(60)  not null constraint uk_app_user_username unique,
    password_hash   varchar(200) not null,
    role            varchar(20)  not null,
    participant_id  bigint       constraint fk_app_user_participant references participant (id),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint ck_app_user_role check (role in ('ADMIN', 'SECRETARIAT', 'FOCAL_POINT', 'ANALYST')),
    constraint ck_app_user_focal_point check ((role = 'FOCAL_POINT') = (participant_id is not null))
);

create table audit_entry (
    id           bigserial    constraint pk_audit_entry primary key,
    occurred_at  timestamptz  not null default now(),
    username     varchar(100) not null,
    entity_type  varchar(60)  not null,
    entity_id    bigint,
    operation    varchar(20)  not null,
    summary      varchar(500) not null,
    reason       text,
    before_state text,
    after_state  text,
    constraint ck_audit_entry_operation check (operation in ('CREATE', 'UPDATE', 'DELETE', 'IMPORT'))
);
create index ix_audit_entry_entity on audit_entry (entity_type, entity_id);
create index ix_audit_entry_occurred on audit_entry (occurred_at desc);
