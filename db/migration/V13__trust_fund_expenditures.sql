-- Why: the Trust Fund's balance available for new grants (seed 001, para. 81: 90,000 dollars in
-- 2016, after 2.3 million dollars received and 1.75 million granted) is what was received less
-- what was granted less what left the fund otherwise: the programme support costs the United
-- Nations charges its trust funds, the evaluation and monitoring of projects, administration and
-- other charges. Those expenditures are recorded here, each with its date, kind, exact amount and
-- ISO 4217 currency, so that the balance is computed, never typed. Amounts are never negative,
-- never zero and never absurd (more than one billion).

create table fund_expenditure (
    id           bigserial     constraint pk_fund_expenditure primary key,
    spent_on     date          not null,
    kind         varchar(32)   not null,
    amount       numeric(18,2) not null,
    currency     char(3)       not null,
    description  varchar(500),
    demo         boolean       not null default false,
    version      bigint        not null default 0,
    constraint ck_fund_expenditure_amount check (amount > 0 and amount <= 1000000000),
    constraint ck_fund_expenditure_currency check (currency ~ '^[A-Z]{3}$'),
    constraint ck_fund_expenditure_kind check (kind in ('PROGRAMME_SUPPORT_COSTS', 'EVALUATION_AND_MONITORING',
        'ADMINISTRATION', 'OTHER')),
    constraint ck_fund_expenditure_description check (kind <> 'OTHER' or (description is not null and length(trim(description)) > 0))
);
create index ix_fund_expenditure_spent_on on fund_expenditure (spent_on);
