-- The seniority of a meeting (its most senior participant), stored with the meeting so that the
-- dashboard counts meetings per quarter, kind and level from one index, without joining participants.
alter table meeting add column meeting_level varchar(20);

update meeting set meeting_level = (
    select case min(case p.office_role
                        when 'president' then 1
                        when 'prime_minister' then 2
                        when 'foreign_minister' then 3
                        when 'minister' then 3
                        else 4 end)
               when 1 then 'head_of_state'
               when 2 then 'head_of_government'
               when 3 then 'minister'
               else 'other' end
    from meeting_participant p
    where p.meeting_id = meeting.fact_id);
update meeting set meeting_level = 'other' where meeting_level is null;

alter table meeting alter column meeting_level set not null;
alter table meeting add constraint meeting_level_value
    check (meeting_level in ('head_of_state', 'head_of_government', 'minister', 'other'));
create index meeting_counts on meeting (country_lo, country_hi, meeting_date, meeting_kind, meeting_level);
