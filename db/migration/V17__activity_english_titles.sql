-- Why: agency activities had only their Arabic title, so an English search ("recruitment fees")
-- found nothing. title_en holds the official English title where one is known (publications,
-- tools, campaigns: db/reference/agency_activities_en.csv with its sources); the search index
-- (V16) reads it.
alter table agency_activity add column title_en varchar(500);

create or replace function search_index_activity(aid bigint) returns void
    language sql
    as $$
    delete from search_entry where kind = 'activity' and ref_id = aid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, body_ar, body_en, keys, entry_date, year)
    select 'activity', a.id, g.acronym, a.title, a.title_en, concat_ws(' ', a.description, g.name_ar, g.acronym_ar),
           g.name_en, array_remove(array[lower(a.source_symbol), lower(g.acronym)], null),
           a.start_date, extract(year from a.start_date)::integer
    from agency_activity a join agency g on g.id = a.agency_id where a.id = aid;
    $$;
