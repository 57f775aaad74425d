-- A document's page counts the measures that refer to it by symbol (DocumentCitations). The
-- references are Latin symbols (A/RES/70/179), which pg_trgm indexes in any locale; the index
-- finds the candidates, the whole-symbol match is checked on them.
create index ix_measure_resolution_ref on measure using gin (upper(resolution_ref) gin_trgm_ops)
    where resolution_ref is not null;
