-- The full ROLE vocabulary of EXTRACTION.md: monarchs (kings, emirs, sultans: heads of state), crown
-- princes, vice-presidents and deputy prime ministers, for office terms and meeting participants.
alter table office_term drop constraint office_term_role;
alter table office_term add constraint office_term_role check (office_role in
    ('president', 'monarch', 'crown_prince', 'vice_president', 'prime_minister', 'deputy_prime_minister',
     'foreign_minister', 'minister', 'speaker', 'ambassador', 'other'));
alter table meeting_participant drop constraint meeting_participant_role;
alter table meeting_participant add constraint meeting_participant_role check (office_role in
    ('president', 'monarch', 'crown_prince', 'vice_president', 'prime_minister', 'deputy_prime_minister',
     'foreign_minister', 'minister', 'speaker', 'ambassador', 'other'));

-- A participant the reference data does not know keeps the name as the article writes it (name_en
-- is then its Latin form, or a label of the office when the article gives only a title).
alter table meeting_participant add column name_written varchar(200);

-- An English demonym where it differs from the adjective ("Filipino" beside "Philippine").
alter table country_alias drop constraint country_alias_kind;
alter table country_alias add constraint country_alias_kind check (alias_kind in
    ('name', 'formal', 'short', 'adjective', 'demonym', 'capital'));
