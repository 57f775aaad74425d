-- Why: a backup restored with pg_restore (docs/backup-restore.sh) failed: pg_restore runs with an
-- empty search_path, and the generated columns call functions that call others by their bare
-- names (search_word_hashes calls search_word_hash, search_ascii calls search_fold). Each of the
-- application's functions now keeps the search_path it was created with (its schema), so it finds
-- its tables and functions whatever the caller's search_path: during a restore, from another
-- schema, or from a tool.
alter function search_word_hash(text) set search_path from current;
alter function search_word_hashes(text) set search_path from current;
alter function search_fold(text) set search_path from current;
alter function search_ascii(text) set search_path from current;
alter function search_number_keys(text) set search_path from current;
alter function measure_search_words_add() set search_path from current;
alter function data_version_bump() set search_path from current;
alter function search_index_participant(bigint) set search_path from current;
alter function search_index_document(bigint) set search_path from current;
alter function search_index_recommendation(bigint) set search_path from current;
alter function search_index_activity(bigint) set search_path from current;
alter function search_index_project(bigint) set search_path from current;
alter function search_index_report(bigint) set search_path from current;
alter function search_index_theme(bigint) set search_path from current;
alter function search_participant_changed() set search_path from current;
alter function search_document_changed() set search_path from current;
alter function search_recommendation_changed() set search_path from current;
alter function search_measures_changed() set search_path from current;
alter function search_activity_changed() set search_path from current;
alter function search_project_changed() set search_path from current;
alter function search_report_changed() set search_path from current;
alter function search_theme_changed() set search_path from current;
