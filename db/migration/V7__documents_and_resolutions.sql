-- The registry of the documents and resolutions that reports, recommendations and activities
-- cite. A resolution or decision is identified by its organ, kind and number in English order
-- (70/179, 2006/27, 5/2, 2331 (2016)); a document by its symbol (S/PRST/2015/25,
-- CTOC/COP/WG.4/2019/1). Paragraphs (e.g. a resolution's operative paragraphs) are optional.

create table un_document (
    id           bigserial    constraint pk_un_document primary key,
    organ        varchar(40)  not null,
    kind         varchar(30)  not null,
    number       varchar(30),
    symbol       varchar(80),
    year         integer      not null,
    session      varchar(40),
    adopted_on   date,
    title_ar     text,
    title_en     text,
    -- symbol, number and titles normalized by ArabicSearch, for search
    search_text  text         not null,
    version      bigint       not null default 0,
    constraint ck_un_document_organ check (organ in ('GENERAL_ASSEMBLY', 'ECONOMIC_AND_SOCIAL_COUNCIL',
        'SECURITY_COUNCIL', 'HUMAN_RIGHTS_COUNCIL', 'CRIME_COMMISSION', 'CONFERENCE_OF_THE_PARTIES', 'WORKING_GROUP',
        'SECRETARY_GENERAL', 'SPECIAL_RAPPORTEUR', 'OTHER')),
    constraint ck_un_document_kind check (kind in ('RESOLUTION', 'DECISION', 'PRESIDENTIAL_STATEMENT', 'REPORT',
        'BACKGROUND_PAPER', 'DRAFT_RESOLUTION', 'OTHER')),
    constraint ck_un_document_identified check (number is not null or symbol is not null or title_ar is not null),
    constraint ck_un_document_year check (year between 1945 and 2100),
    constraint ck_un_document_adopted check (adopted_on is null or extract(year from adopted_on) = year)
);
create unique index uk_un_document_symbol on un_document (upper(symbol)) where symbol is not null;
create unique index uk_un_document_number on un_document (organ, kind, number) where number is not null;
create index ix_un_document_year on un_document (year desc);

create table un_document_paragraph (
    id           bigserial    constraint pk_un_document_paragraph primary key,
    document_id  bigint       not null constraint fk_un_document_paragraph_document references un_document (id) on delete cascade,
    position     integer      not null,
    -- as the document numbers it: 4, 13 (أ)
    number       varchar(20)  not null,
    operative    boolean      not null default true,
    text_ar      text         not null,
    text_en      text,
    constraint uk_un_document_paragraph_number unique (document_id, number)
);
create index ix_un_document_paragraph_document on un_document_paragraph (document_id, position);
