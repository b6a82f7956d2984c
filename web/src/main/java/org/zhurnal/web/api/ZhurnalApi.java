package org.zhurnal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Version 1 of the Zhurnal REST API. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "Zhurnal API", version = "v1",
        description = "Электронный журнал и дневник: API для SPA и внешних систем"))
public class ZhurnalApi extends Application {
}
