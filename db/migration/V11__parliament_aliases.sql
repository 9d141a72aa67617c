-- A national legislature names its state ("Госдума", "the Knesset", "مجلس الدوما"): the parser reads
-- "спикер Госдумы" as Russia's speaker. Those names are country aliases of their own kind.
alter table country_alias drop constraint country_alias_kind;
alter table country_alias add constraint country_alias_kind check (alias_kind in
    ('name', 'formal', 'short', 'adjective', 'demonym', 'capital', 'parliament'));
