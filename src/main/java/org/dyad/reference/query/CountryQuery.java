package org.dyad.reference.query;

import static org.dyad.db.Tables.COUNTRY;

import java.util.List;
import java.util.Optional;

import org.dyad.reference.CountryName;
import org.dyad.reference.LocalizedName;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.springframework.stereotype.Repository;

@Repository
public class CountryQuery {

    private final DSLContext dsl;

    public CountryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CountryName> all() {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME_EN, COUNTRY.NAME_AR, COUNTRY.NAME_RU)
                .from(COUNTRY)
                .orderBy(COUNTRY.NAME_EN)
                .fetch(CountryQuery::toName);
    }

    public Optional<CountryName> byCode(String code) {
        return dsl.select(COUNTRY.CODE, COUNTRY.NAME_EN, COUNTRY.NAME_AR, COUNTRY.NAME_RU)
                .from(COUNTRY)
                .where(COUNTRY.CODE.eq(code))
                .fetchOptional(CountryQuery::toName);
    }

    private static CountryName toName(Record4<String, String, String, String> r) {
        return new CountryName(r.value1(), new LocalizedName(r.value2(), r.value3(), r.value4()));
    }
}
