-- Why: one search across the application (participants, documents, Working Group recommendations,
-- measures, agency activities, Trust Fund projects, report drafts, World Day themes). Each record
-- has one row in search_entry, written by the triggers below in the same transaction as the record
-- itself, whoever writes it (pages, imports, reference and demo loaders, plain SQL): the index
-- cannot lag behind the records or miss a writer.
--
-- search_fold is what Arabic users type forgiven: diacritics and tatweel dropped, lower case, hamza
-- seats (أ إ آ ٱ ؤ ئ) folded, ى → ي, ة → ه, Arabic-Indic and Persian digits → Western, and a
-- leading article with its attached prefixes (ال بال كال فال وال لل) dropped from each word. The
-- same function folds the indexed text and the query, so both sides always agree. Text then goes
-- through the 'arabic' configuration (its stemmer) and through 'english' (stemmed English).
--
-- Near misses on names use pg_trgm. In the C locale (the embedded server's default) pg_trgm takes
-- Arabic letters for separators, so names_ascii maps the Arabic letters of the folded names to
-- Latin capitals one to one (as V6 does for measures): trigrams then exist whatever the locale.
create function search_fold(t text) returns text
    language sql immutable strict parallel safe
    as $$
    select regexp_replace(
             translate(lower(regexp_replace(t, '[\u064B-\u065F\u0670\u0640]', '', 'g')),
                       'أإآٱؤئىة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
                       'ااااوييه01234567890123456789'),
             '(^|[^ء-ي0-9a-z])(وال|فال|بال|كال|لل|ال)([ء-ي][ء-ي])', '\1\3', 'g')
    $$;

create function search_ascii(t text) returns text
    language sql immutable strict parallel safe
    as $$ select translate(search_fold(t), 'ابتثجحخدرزسشصضطعفقكلمنهويء', 'ABTVJHXDRZSCPGQEFKILMNOWYU') $$;

-- the citation keys of a UN number such as 70/179: the number and the Arabic order 179/70
create function search_number_keys(n text) returns text[]
    language sql immutable parallel safe
    as $$
    select case when n ~ '^[0-9]+/[0-9]+$'
                then array[n, split_part(n, '/', 2) || '/' || split_part(n, '/', 1)]
                else '{}'::text[] end
    $$;

create table search_entry (
    kind           varchar(16)  not null,
    ref_id         bigint       not null,
    -- what a link or a label needs besides ref_id: a participant's ISO code, a document's symbol,
    -- a recommendation's meeting number, year and letter position ('5:2013:2')
    ref_key        varchar(100),
    -- a measure's report (the link) and its state (who may read it)
    parent_id      bigint,
    participant_id bigint,
    title_ar       text,
    title_en       text,
    body_ar        text,
    body_en        text,
    -- participants only: every name they have had, Arabic and English
    names          text,
    -- exact keys, folded: symbols, numbers in both orders, ISO codes, full names
    keys           text[]       not null default '{}',
    entry_date     date,
    year           integer,
    tsv            tsvector     generated always as (
        setweight(to_tsvector('arabic', search_fold(coalesce(title_ar, ''))), 'A')
        || setweight(to_tsvector('english', coalesce(title_en, title_ar, '')), 'A')
        || setweight(to_tsvector('arabic', search_fold(coalesce(body_ar, ''))), 'C')
        || setweight(to_tsvector('english', coalesce(body_en, body_ar, '')), 'C')) stored,
    names_ascii    text         generated always as (search_ascii(names)) stored,
    constraint pk_search_entry primary key (kind, ref_id)
) partition by list (kind);
-- One partition per kind, each with its own indexes: a word found in every measure is looked up
-- in the measures' index only, not once more for every other kind of record.
create table search_entry_participant partition of search_entry for values in ('participant');
create table search_entry_document partition of search_entry for values in ('document');
create table search_entry_recommendation partition of search_entry for values in ('recommendation');
create table search_entry_measure partition of search_entry for values in ('measure');
create table search_entry_activity partition of search_entry for values in ('activity');
create table search_entry_project partition of search_entry for values in ('project');
create table search_entry_report partition of search_entry for values in ('report');
create table search_entry_theme partition of search_entry for values in ('theme');
create index ix_search_entry_tsv on search_entry using gin (tsv);
create index ix_search_entry_keys on search_entry using gin (keys);
create index ix_search_entry_names on search_entry using gin (names_ascii gin_trgm_ops) where names is not null;

-- ------------------------------------------------------------------ participants

create function search_index_participant(pid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'participant' and ref_id = pid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, body_ar, body_en, names, keys)
    select 'participant', p.id, p.iso3, p.name_ar, p.name_en,
           (select string_agg(n.name_ar, ' ') from participant_name n where n.participant_id = p.id),
           (select string_agg(n.name_en, ' ') from participant_name n where n.participant_id = p.id),
           concat_ws(' ', p.name_ar, p.name_en,
                     (select string_agg(n.name_ar || ' ' || n.name_en, ' ') from participant_name n
                      where n.participant_id = p.id)),
           array_remove(array[lower(p.iso3), p.m49, search_fold(p.name_ar), search_fold(p.name_en)], null)
           || coalesce((select array_agg(search_fold(k)) from participant_name n,
                               unnest(array[n.name_ar, n.name_en]) k where n.participant_id = p.id), '{}')
    from participant p where p.id = pid;
    $$;

create function search_participant_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_table_name = 'participant' then
        perform search_index_participant(case when tg_op = 'DELETE' then old.id else new.id end);
    else
        perform search_index_participant(case when tg_op = 'DELETE' then old.participant_id else new.participant_id end);
    end if;
    return null;
end
$$;
create trigger search_participant after insert or update or delete on participant
    for each row execute function search_participant_changed();
create trigger search_participant_name after insert or update or delete on participant_name
    for each row execute function search_participant_changed();

-- ------------------------------------------------------------------ documents

create function search_index_document(did bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'document' and ref_id = did;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, body_ar, body_en, keys, entry_date, year)
    select 'document', d.id, coalesce(d.symbol, d.number), d.title_ar, d.title_en,
           (select string_agg(x.text_ar, ' ' order by x.position) from un_document_paragraph x where x.document_id = d.id),
           (select string_agg(x.text_en, ' ' order by x.position) from un_document_paragraph x where x.document_id = d.id),
           array_remove(array[lower(d.symbol)], null) || search_number_keys(d.number)
           || search_number_keys(substring(d.symbol from '([0-9]+/[0-9]+)$')),
           d.adopted_on, d.year
    from un_document d where d.id = did;
    $$;

create function search_document_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_table_name = 'un_document' then
        perform search_index_document(case when tg_op = 'DELETE' then old.id else new.id end);
    else
        perform search_index_document(case when tg_op = 'DELETE' then old.document_id else new.document_id end);
    end if;
    return null;
end
$$;
create trigger search_document after insert or update or delete on un_document
    for each row execute function search_document_changed();
create trigger search_document_paragraph after insert or update or delete on un_document_paragraph
    for each row execute function search_document_changed();

-- ------------------------------------------------------------------ Working Group recommendations

create function search_index_recommendation(rid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'recommendation' and ref_id = rid;
    insert into search_entry (kind, ref_id, ref_key, body_ar, body_en, keys, entry_date, year)
    select 'recommendation', r.id, m.number || ':' || m.year || ':' || r.position, r.text_ar, r.text_en,
           array_remove(array[lower(m.report_symbol)], null), m.start_date, m.year
    from wg_recommendation r join wg_meeting m on m.id = r.meeting_id where r.id = rid;
    $$;

create function search_recommendation_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_table_name = 'wg_recommendation' then
        perform search_index_recommendation(case when tg_op = 'DELETE' then old.id else new.id end);
    elsif tg_op = 'UPDATE' then
        perform search_index_recommendation(r.id) from wg_recommendation r where r.meeting_id = new.id;
    end if;
    return null;
end
$$;
create trigger search_recommendation after insert or update or delete on wg_recommendation
    for each row execute function search_recommendation_changed();
create trigger search_recommendation_meeting after update on wg_meeting
    for each row execute function search_recommendation_changed();

-- ------------------------------------------------------------------ measures (statement triggers: a
-- benchmark or an import writes thousands in one statement)

create function search_measures_changed() returns trigger
    language plpgsql
    as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from search_entry e using gone g where e.kind = 'measure' and e.ref_id = g.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into search_entry (kind, ref_id, parent_id, participant_id, title_ar, body_ar, keys, entry_date, year)
        select 'measure', m.id, m.report_id, r.participant_id, m.title, m.description,
               array_remove(array[lower(m.resolution_ref)], null),
               coalesce(m.start_date, c.period_start), extract(year from coalesce(m.start_date, c.period_start))::integer
        from changed m join measure_report r on r.id = m.report_id join reporting_cycle c on c.id = r.cycle_id;
    end if;
    return null;
end
$$;
create trigger search_measure_insert after insert on measure
    referencing new table as changed for each statement execute function search_measures_changed();
create trigger search_measure_update after update on measure
    referencing old table as gone new table as changed for each statement execute function search_measures_changed();
create trigger search_measure_delete after delete on measure
    referencing old table as gone for each statement execute function search_measures_changed();

-- ------------------------------------------------------------------ agency activities

create function search_index_activity(aid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'activity' and ref_id = aid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, body_ar, body_en, keys, entry_date, year)
    select 'activity', a.id, g.acronym, a.title, concat_ws(' ', a.description, g.name_ar, g.acronym_ar), g.name_en,
           array_remove(array[lower(a.source_symbol), lower(g.acronym)], null),
           a.start_date, extract(year from a.start_date)::integer
    from agency_activity a join agency g on g.id = a.agency_id where a.id = aid;
    $$;

create function search_activity_changed() returns trigger
    language plpgsql
    as $$
begin
    perform search_index_activity(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end
$$;
create trigger search_activity after insert or update or delete on agency_activity
    for each row execute function search_activity_changed();

-- ------------------------------------------------------------------ Trust Fund projects (grants)

create function search_index_project(gid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'project' and ref_id = gid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, body_ar, body_en, keys, entry_date, year)
    select 'project', g.id, p.iso3, g.ngo_name, concat_ws(' ', p.name_ar, g.focus_groups, g.services), p.name_en,
           array[lower(p.iso3)], g.period_start, extract(year from g.period_start)::integer
    from fund_grant g join participant p on p.id = g.participant_id where g.id = gid;
    $$;

create function search_project_changed() returns trigger
    language plpgsql
    as $$
begin
    perform search_index_project(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end
$$;
create trigger search_project after insert or update or delete on fund_grant
    for each row execute function search_project_changed();

-- ------------------------------------------------------------------ report drafts (staff only)
-- A regeneration writes a hundred paragraphs one statement at a time: the draft is indexed once, at
-- commit (a deferred trigger), the first time one of its rows fires in the transaction.

create function search_index_report(rid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'report' and ref_id = rid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, body_ar, body_en, keys, entry_date, year)
    select 'report', d.id, d.symbol, d.title_ar, d.title_en,
           (select string_agg(x.text_ar, ' ' order by x.position) from report_paragraph x where x.draft_id = d.id),
           (select string_agg(x.text_en, ' ' order by x.position) from report_paragraph x where x.draft_id = d.id),
           array_remove(array[lower(d.symbol), lower(d.requesting_resolution)], null),
           d.issue_date, extract(year from d.issue_date)::integer
    from report_draft d where d.id = rid;
    $$;

create function search_report_changed() returns trigger
    language plpgsql
    as $$
declare
    rid    bigint;
    marker text;
begin
    if tg_table_name = 'report_draft' then
        rid := case when tg_op = 'DELETE' then old.id else new.id end;
    else
        rid := case when tg_op = 'DELETE' then old.draft_id else new.draft_id end;
    end if;
    marker := 'tiptracker.search_report_' || rid;
    if coalesce(current_setting(marker, true), '') <> txid_current()::text then
        perform set_config(marker, txid_current()::text, true);
        perform search_index_report(rid);
    end if;
    return null;
end
$$;
create constraint trigger search_report after insert or update or delete on report_draft
    deferrable initially deferred for each row execute function search_report_changed();
create constraint trigger search_report_paragraph after insert or update or delete on report_paragraph
    deferrable initially deferred for each row execute function search_report_changed();

-- ------------------------------------------------------------------ World Day themes

create function search_index_theme(tid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'theme' and ref_id = tid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, keys, entry_date, year)
    select 'theme', t.id, t.year::text, t.theme_ar, t.theme_en, array[t.year::text], make_date(t.year, 7, 30), t.year
    from world_day_theme t where t.id = tid;
    $$;

create function search_theme_changed() returns trigger
    language plpgsql
    as $$
begin
    perform search_index_theme(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end
$$;
create trigger search_theme after insert or update or delete on world_day_theme
    for each row execute function search_theme_changed();

-- ------------------------------------------------------------------ what is already there

select search_index_participant(id) from participant;
select search_index_document(id) from un_document;
select search_index_recommendation(id) from wg_recommendation;
insert into search_entry (kind, ref_id, parent_id, participant_id, title_ar, body_ar, keys, entry_date, year)
select 'measure', m.id, m.report_id, r.participant_id, m.title, m.description,
       array_remove(array[lower(m.resolution_ref)], null),
       coalesce(m.start_date, c.period_start), extract(year from coalesce(m.start_date, c.period_start))::integer
from measure m join measure_report r on r.id = m.report_id join reporting_cycle c on c.id = r.cycle_id;
select search_index_activity(id) from agency_activity;
select search_index_project(id) from fund_grant;
select search_index_report(id) from report_draft;
select search_index_theme(id) from world_day_theme;
analyze search_entry_participant, search_entry_document, search_entry_recommendation,
    search_entry_measure, search_entry_activity, search_entry_project, search_entry_report, search_entry_theme;
