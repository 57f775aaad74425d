-- Why: the database classifies characters by the C locale (the embedded server's default), under
-- which pg_trgm takes Arabic letters for separators: ix_measure_search (V2) holds no trigram of
-- Arabic text, so every Arabic search of the measures browser read the whole table (measured: over
-- a second with 200 000 measures). search_ascii is the normalized text with each Arabic letter
-- mapped to an ASCII letter or digit (translate() keeps one character for one character), kept by
-- PostgreSQL itself; its trigram index finds the candidates of a search, and the browser checks
-- the real text (some letters share a symbol with Latin letters or digits, so the index may
-- propose a few rows too many). The two strings must stay identical to
-- MeasureSearchService.ARABIC and ASCII. The V2 index, useless for Arabic, only slowed writes and
-- misled the planner: it goes.
alter table measure add column search_ascii text generated always as (
    translate(search_text, 'ابتثجحخدذرزسشصضطظعغفقكلمنهويء', 'abtvjhxd0rzscp1q2egfkilmnowyu')) stored;
create index ix_measure_search_ascii on measure using gin (search_ascii gin_trgm_ops);
drop index ix_measure_search;
analyze measure;
