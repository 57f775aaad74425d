-- The Board of Trustees records each member's gender, so that a woman who chairs the Board is
-- "الرئيسة" on the pages and the report says "وترأس … المجلس حالياً" (seed 001, para. 82), and a man
-- "الرئيس" / "ويرأس". Null where it is not recorded (the generic masculine is then used).
-- V22 is left free for a migration of another line of work.
alter table fund_trustee add column gender varchar(6);
alter table fund_trustee add constraint ck_fund_trustee_gender check (gender is null or gender in ('FEMALE', 'MALE'));

-- The chair named by seed 001, para. 82, whose row the reference data loaded before this column
-- existed: the seed's feminine verb ("وترأس") says she is a woman.
update fund_trustee set gender = 'FEMALE'
 where demo = false and gender is null and name_ar = 'بنيتا فييرو-فالدنر';
