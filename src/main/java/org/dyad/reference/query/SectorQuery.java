package org.dyad.reference.query;

import static org.dyad.db.Tables.SECTOR;

import java.util.Map;
import java.util.stream.Collectors;

import org.dyad.reference.LocalizedName;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class SectorQuery {

    private final DSLContext dsl;

    public SectorQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Map<String, LocalizedName> names() {
        return dsl.select(SECTOR.CODE, SECTOR.NAME_EN, SECTOR.NAME_AR, SECTOR.NAME_RU).from(SECTOR).fetch().stream()
                .collect(Collectors.toMap(r -> r.value1(), r -> new LocalizedName(r.value2(), r.value3(), r.value4())));
    }
}
