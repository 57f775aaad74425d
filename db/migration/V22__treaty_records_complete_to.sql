-- The last day up to which the recorded actions of a treaty are known to be complete (checked
-- against the United Nations' own party counts, see db/reference/SOURCES.md). For a later date
-- the application still counts what is recorded, but says that the count may be short of the
-- United Nations'. Null: no such limit is known. The reference loader keeps it equal to
-- treaties.csv at every start.
alter table treaty add column records_complete_to date;
