package db.migration;

import org.dyad.base.db.JooqSettings;
import org.dyad.reference.files.ReferenceFiles;
import org.dyad.reference.load.ReferenceDataLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the names of the national legislatures ({@code db/reference/parliaments_world.tsv}) as country
 * aliases of kind {@code parliament} (V11): "спикер Госдумы" is Russia's speaker. Aliases a database
 * already has are kept.
 */
public class V12__Parliament_names extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ReferenceDataLoader.add(JooqSettings.using(context.getConnection()),
                ReferenceFiles.load(ReferenceFiles.Part.WORLD).onlyAliasKind("parliament"));
    }
}
