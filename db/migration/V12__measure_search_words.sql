-- Why: with 200 000 measures the browser's text search spent most of its time in the trigram index
-- of V6: a common word (اتجار) has trigrams in almost every row, so the index scan read long posting
-- lists and the heap recheck read thousands of rows (measured with EXPLAIN ANALYZE: about 60 ms of
-- the issue's example query). Searches now go through the words of each measure.
--
-- measure_search_word is the vocabulary: every word (space-separated token) that occurs in any
-- measure's search_text, kept complete by the statement triggers below (words of deleted measures
-- stay; they then match nothing). A query word occurs in search_text exactly when it occurs in one
-- of its words (query words hold no space), so the service first finds the vocabulary words that
-- contain the query word (word_ascii: the same one-to-one mapping as V6, for a trigram index) and
-- then asks for the measures holding one of them.
--
-- measure.search_hashes holds a 32-bit hash of each distinct word of search_text (md5-based: stable
-- across PostgreSQL versions), kept in the row (storage main) so that checking it row by row reads
-- no TOAST. Two words may share a hash: the vocabulary's hash index tells the service when a
-- query's hashes also belong to a word that does not match, and only then it adds the exact LIKE
-- check of V6. The GIN index covers heading and type too (btree_gin), the filters most often
-- combined with text.
create extension if not exists btree_gin;

create function search_word_hash(word text) returns integer
    language sql immutable strict parallel safe
    as $$ select ('x' || left(md5(word), 8))::bit(32)::integer $$;

create function search_word_hashes(search_text text) returns integer[]
    language sql immutable strict parallel safe
    as $$ select array(select distinct search_word_hash(w) from unnest(string_to_array(search_text, ' ')) w
                       where w <> '' order by 1) $$;

create table measure_search_word (
    word       text    constraint pk_measure_search_word primary key,
    word_ascii text    generated always as (
        translate(word, 'ابتثجحخدرزسشصضطعفقكلمنهويء', 'ABTVJHXDRZSCPGQEFKILMNOWYU')) stored,
    hash       integer generated always as (search_word_hash(word)) stored
);
create index ix_measure_search_word_ascii on measure_search_word using gin (word_ascii gin_trgm_ops);
create index ix_measure_search_word_hash on measure_search_word (hash);

create function measure_search_words_add() returns trigger
    language plpgsql
    as $$
begin
    insert into measure_search_word (word)
    select distinct w from changed, unnest(string_to_array(changed.search_text, ' ')) w where w <> ''
    on conflict do nothing;
    return null;
end
$$;

create trigger measure_search_words_insert after insert on measure
    referencing new table as changed for each statement execute function measure_search_words_add();
create trigger measure_search_words_update after update on measure
    referencing new table as changed for each statement execute function measure_search_words_add();

insert into measure_search_word (word)
select distinct w from measure, unnest(string_to_array(search_text, ' ')) w where w <> '';

alter table measure add column search_hashes integer[] generated always as (search_word_hashes(search_text)) stored,
    alter column search_hashes set storage main;
create index ix_measure_search_words on measure using gin (heading, type_code, search_hashes);

analyze measure_search_word;
analyze measure;
