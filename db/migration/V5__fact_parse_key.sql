-- What the parser said a fact was (type, first evidence span, kind, value), kept when a reviewer
-- corrects the fact. A re-parse that finds the same fact again leaves the reviewed one alone
-- instead of adding it a second time or bringing back a rejected one.
alter table fact add column parse_key varchar(500);
create index fact_article_state on fact (article_id, review_state);
