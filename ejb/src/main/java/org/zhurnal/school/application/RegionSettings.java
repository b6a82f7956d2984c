package org.zhurnal.school.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The region this deployment serves, from configuration ({@code ZHURNAL_REGION_CODE}, {@code _NAME},
 * {@code _TIME_ZONE}). The region row is created from these at the first change that needs it; the
 * defaults are the demo region's, so a real deployment sets all three.
 */
@ApplicationScoped
public class RegionSettings {

    @Inject
    @ConfigProperty(name = "zhurnal.region.code", defaultValue = "24")
    String code;

    @Inject
    @ConfigProperty(name = "zhurnal.region.name", defaultValue = "Красноярский край")
    String name;

    @Inject
    @ConfigProperty(name = "zhurnal.region.time-zone", defaultValue = "Asia/Krasnoyarsk")
    String timeZone;

    public String code() {
        return code.strip();
    }

    public String name() {
        return name.strip();
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone.strip());
    }
}
