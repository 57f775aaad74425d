-- Why: the English interface showed Arabic where an official English text exists. Agency
-- activities get their official English description where one is published (the English title
-- came with V17); the search index reads it. A World Day theme records whether its Arabic is the
-- campaign's theme or, as for 2017-2019, the focus of the year as a background paper describes it
-- (CTOC/COP/WG.4/2019/1, para. 37), so that the page labels it and shows the official English
-- theme as the theme. The English texts themselves are reference data
-- (db/reference/agency_activities_en.csv, world_day_themes_en.csv), applied once per key by the
-- loaders, so they also reach a database that already holds the rows.
alter table agency_activity add column description_en text;

alter table world_day_theme add column theme_ar_is_focus boolean not null default false;

create or replace function search_index_activity(aid bigint) returns void
    language sql
    set search_path from current
    as $$
    delete from search_entry where kind = 'activity' and ref_id = aid;
    insert into search_entry (kind, ref_id, ref_key, title_ar, title_en, body_ar, body_en, keys, entry_date, year)
    select 'activity', a.id, g.acronym, a.title, a.title_en, concat_ws(' ', a.description, g.name_ar, g.acronym_ar),
           concat_ws(' ', a.description_en, g.name_en), array_remove(array[lower(a.source_symbol), lower(g.acronym)], null),
           a.start_date, extract(year from a.start_date)::integer
    from agency_activity a join agency g on g.id = a.agency_id where a.id = aid;
    $$;
