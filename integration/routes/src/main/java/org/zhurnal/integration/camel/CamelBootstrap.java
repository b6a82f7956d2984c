package org.zhurnal.integration.camel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.RouteConfigurationsBuilder;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Owns the application's one {@link CamelContext}: Camel 4 has no CDI integration, so this singleton
 * builds the context after the schema is migrated, adds every {@link RoutesBuilder} bean of the
 * application (routes and route configurations), starts it, and stops it when the application stops.
 */
@Singleton
@Startup
@DependsOn("zhurnal-ejb.jar#DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

    @Resource(lookup = "java:/ConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Inject
    @Any
    private Instance<RoutesBuilder> routes;

    @Inject
    private ConfigPropertiesSource properties;

    private DefaultCamelContext context;

    @PostConstruct
    void start() {
        context = new DefaultCamelContext();
        context.getCamelContextExtension().setName("zhurnal");
        context.getPropertiesComponent().addPropertiesSource(properties);
        context.addComponent("jms", JmsComponent.jmsComponentAutoAcknowledge(connectionFactory));
        try {
            // the route configurations (central error handling) first: a route takes only those added before it
            for (RoutesBuilder builder : routes) {
                if (builder instanceof RouteConfigurationsBuilder) {
                    context.addRoutes(builder);
                }
            }
            for (RoutesBuilder builder : routes) {
                if (!(builder instanceof RouteConfigurationsBuilder)) {
                    context.addRoutes(builder);
                }
            }
            context.start();
        } catch (Exception e) {
            throw new IllegalStateException("Camel routes could not be started", e);
        }
        LOG.info(() -> "Camel context started with " + context.getRoutesSize() + " routes");
    }

    @PreDestroy
    void stop() {
        context.stop();
        LOG.info("Camel context stopped");
    }

    public CamelContext context() {
        return context;
    }
}
