package org.zhurnal.integration.camel;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Resolves Camel's {@code {{placeholders}}} from MicroProfile Config, so route endpoints, credentials
 * and schedules come from the same configuration (and environment variables) as everything else.
 */
@ApplicationScoped
public class ConfigPropertiesSource implements PropertiesSource {

    @Override
    public String getName() {
        return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null);
    }
}
