package org.dyad.base.db;

import java.sql.Connection;

import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * The jOOQ settings every DSLContext of Dyad uses. Names are rendered unquoted so that the same
 * generated code matches H2 (which folds unquoted names to upper case) and PostgreSQL (lower case).
 */
public final class JooqSettings {

    private JooqSettings() {
    }

    public static Settings settings() {
        return new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }

    /** A DSLContext on a plain connection, dialect detected from it (used where Spring is absent). */
    public static DSLContext using(Connection connection) {
        return DSL.using(connection, JDBCUtils.dialect(connection), settings());
    }
}
