-- Why: two instances of the application serve one database (availability, restarts without
-- downtime): the in-memory treaty snapshot of each instance (and the page caches keyed by it) must
-- learn of a change made through another.

-- One counter per cached kind of data, raised in the same transaction as any change to it, by
-- whoever writes (any instance, an import, plain SQL). An instance compares the counter with the
-- one its snapshot was built from, at every request that reads the snapshot.
create table data_version (
    name    varchar(40) constraint pk_data_version primary key,
    version bigint      not null default 0
);
insert into data_version (name) values ('treaty');

create function data_version_bump() returns trigger
    language plpgsql
    as $$
begin
    update data_version set version = version + 1 where name = tg_argv[0];
    return null;
end
$$;

create trigger data_version_participant after insert or update or delete on participant
    for each statement execute function data_version_bump('treaty');
create trigger data_version_participant_name after insert or update or delete on participant_name
    for each statement execute function data_version_bump('treaty');
create trigger data_version_treaty after insert or update or delete on treaty
    for each statement execute function data_version_bump('treaty');
create trigger data_version_treaty_action after insert or update or delete on treaty_action
    for each statement execute function data_version_bump('treaty');
