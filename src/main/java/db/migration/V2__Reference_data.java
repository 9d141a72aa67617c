package db.migration;

import org.dyad.base.db.JooqSettings;
import org.dyad.reference.files.ReferenceFiles;
import org.dyad.reference.load.ReferenceDataLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the curated reference data (countries, organizations and memberships, people and office
 * terms, sectors) of the first release: the core files of {@code db/reference} (not the
 * {@code *_world.tsv} ones, which {@link V9__World_reference_data} adds). A later change to those
 * files comes with a new migration that applies it, so every database sees each change exactly once.
 */
public class V2__Reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ReferenceDataLoader.load(JooqSettings.using(context.getConnection()), ReferenceFiles.load(ReferenceFiles.Part.CORE));
    }
}
