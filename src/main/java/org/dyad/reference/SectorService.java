package org.dyad.reference;

import java.util.Map;

import org.dyad.reference.query.SectorQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy of sectors with their names in the three languages. */
@Service
@Transactional(readOnly = true)
public class SectorService {

    private final SectorQuery sectors;

    public SectorService(SectorQuery sectors) {
        this.sectors = sectors;
    }

    public Map<String, LocalizedName> names() {
        return sectors.names();
    }
}
