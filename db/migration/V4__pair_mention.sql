-- Sector and organization mentions indexed by the country pairs their article reports on and the
-- year it was published, so that the dashboard counts them per pair and year from one index
-- instead of joining mention -> fact -> article -> article_pair for every row.
create table pair_mention (
    fact_id       bigint      not null references fact (id) on delete cascade,
    country_lo    varchar(2)  not null,
    country_hi    varchar(2)  not null,
    mention_type  varchar(20) not null,
    mention_year  integer     not null,
    code          varchar(30) not null,
    primary key (fact_id, country_lo, country_hi),
    constraint pair_mention_type check (mention_type in ('sector', 'organization'))
);
create index pair_mention_counts on pair_mention (country_lo, country_hi, mention_type, mention_year, code);

insert into pair_mention (fact_id, country_lo, country_hi, mention_type, mention_year, code)
select s.fact_id, p.country_lo, p.country_hi, 'sector', extract(year from a.published), s.sector_code
from sector_mention s
join fact f on f.id = s.fact_id
join article a on a.id = f.article_id
join article_pair p on p.article_id = a.id
where a.published is not null;

insert into pair_mention (fact_id, country_lo, country_hi, mention_type, mention_year, code)
select o.fact_id, p.country_lo, p.country_hi, 'organization', extract(year from a.published), o.org_code
from organization_mention o
join fact f on f.id = o.fact_id
join article a on a.id = f.article_id
join article_pair p on p.article_id = a.id
where a.published is not null;
