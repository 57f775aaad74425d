-- Why: the database classifies characters by the C locale (the embedded server's default), under
-- which pg_trgm takes Arabic letters for separators: ix_measure_search (V2) holds no trigram of
-- Arabic text, so every Arabic search of the measures browser read the whole table (measured: over
-- a second with 200 000 measures).
--
-- search_ascii is the normalized text (search_text) with 26 Arabic letters mapped to the capital
-- letters A-Z; the three rarest (ذ ظ غ) stay as they are. Normalized text is lower case, so the
-- mapping is one to one: a word occurs in search_text exactly when its mapped form occurs in
-- search_ascii. pg_trgm sees trigrams in it (it lower-cases them: the index only proposes
-- candidates, which LIKE on search_ascii then checks exactly). The two strings must stay identical
-- to MeasureSearchService.ARABIC and ASCII. PostgreSQL keeps the column itself.
--
-- The checks read search_ascii only: it stays in the row (storage main), while descriptions and the
-- normalized text move out of line sooner (toast_tuple_target), so a search reads a narrow table.
-- The V2 index, useless for Arabic, only slowed writes and misled the planner: it goes.
alter table measure add column search_ascii text generated always as (
    translate(search_text, 'ابتثجحخدرزسشصضطعفقكلمنهويء', 'ABTVJHXDRZSCPGQEFKILMNOWYU')) stored;
alter table measure alter column search_ascii set storage main;
alter table measure set (toast_tuple_target = 512);
create index ix_measure_search_ascii on measure using gin (search_ascii gin_trgm_ops);
drop index ix_measure_search;
analyze measure;
