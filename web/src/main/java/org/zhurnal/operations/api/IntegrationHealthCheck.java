package org.zhurnal.operations.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.zhurnal.operations.application.IntegrationStatus;

/** Ready when the integration routes run and their heartbeat reaches the database. */
@Readiness
@ApplicationScoped
public class IntegrationHealthCheck implements HealthCheck {

    @Inject
    IntegrationStatus integration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("camel");
        integration.details().forEach(response::withData);
        return response.status(integration.healthy()).build();
    }
}
