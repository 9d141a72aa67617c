package db.migration;

import java.util.Set;

import org.dyad.base.db.JooqSettings;
import org.dyad.reference.files.ReferenceFiles;
import org.dyad.reference.load.ReferenceDataLoader;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the acronyms the British and Commonwealth press writes as words ("Asean", "Nato", "Opec") to the
 * organization aliases of {@code db/reference/organization_aliases_world.tsv}. Aliases a database already
 * has are kept.
 */
public class V13__Organization_press_forms extends BaseJavaMigration {

    static final Set<String> FORMS = Set.of("Asean", "Nato", "Opec", "Apec", "Ecowas", "Saarc", "Celac", "Caricom",
            "Bimstec");

    @Override
    public void migrate(Context context) {
        ReferenceDataLoader.add(JooqSettings.using(context.getConnection()),
                ReferenceFiles.load(ReferenceFiles.Part.WORLD).onlyOrganizationAliases(FORMS));
    }
}
