-- Failed sign-ins, counted per client address and per user name typed (see the domain's
-- SignInDelay), in the database so that every instance of the application sees the same counts:
-- a guesser who is sent to another instance still waits. A count older than a day starts again.
create table sign_in_failure (
    subject    varchar(300) constraint pk_sign_in_failure primary key,
    failures   integer      not null,
    last_at    timestamptz  not null,
    wait_until timestamptz  not null
);

create index ix_sign_in_failure_last on sign_in_failure (last_at);
