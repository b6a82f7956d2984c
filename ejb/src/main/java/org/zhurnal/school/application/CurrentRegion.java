package org.zhurnal.school.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.zhurnal.school.domain.Region;
import org.zhurnal.school.domain.Regions;

/**
 * The one region of this deployment: the region row with the configured code. Reads use {@link #find()}
 * (no region yet means nothing in it); changes use {@link #obtain()}, which creates the row from the
 * configuration the first time, so a fresh production database needs no manual set-up.
 */
@ApplicationScoped
public class CurrentRegion {

    @Inject
    RegionSettings settings;

    @Inject
    Regions regions;

    public Optional<Region> find() {
        return regions.findByCode(settings.code());
    }

    /** Runs in the caller's transaction. */
    public Region obtain() {
        return regions.obtain(settings.code(), settings.name(), settings.timeZone());
    }
}
