-- 'deputy_prime_minister' (21 characters) is a role of the vocabulary since V8 but did not fit the
-- varchar(20) of V1: storing a meeting with a deputy prime minister failed. Room for every role.
alter table office_term alter column office_role set data type varchar(32);
alter table meeting_participant alter column office_role set data type varchar(32);
