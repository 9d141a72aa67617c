package db.migration;

import org.dyad.base.db.JooqSettings;
import org.dyad.reference.files.ReferenceFiles;
import org.dyad.reference.load.ReferenceDataLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the reference data of the rest of the world ({@code db/reference/*_world.tsv}): country
 * adjectives, capitals and press names, office holders, organizations and memberships. What a
 * database already has (an alias, or a person with the same slug that an admin entered) is kept.
 */
public class V9__World_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // the legislatures' names came later, with their own alias kind (V11, V12)
        ReferenceDataLoader.add(JooqSettings.using(context.getConnection()),
                ReferenceFiles.load(ReferenceFiles.Part.WORLD).withoutAliasKind("parliament"));
    }
}
