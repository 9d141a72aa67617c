-- The dashboard's article counts (how many articles of a pair in a period, in which languages, any
-- synthetic) join a pair's articles by id and read only these columns: with them in one index,
-- PostgreSQL answers from the index alone instead of visiting every article row. With a million
-- facts (170,000 articles) that took the query from 426 ms to about 20 ms for a busy pair.
create index article_stats on article (id, published, lang, synthetic);
