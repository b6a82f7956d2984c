package org.zhurnal.web.spa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaRoutesFilterTest {

    private static final String HTML = "text/html,application/xhtml+xml";

    @Test
    void browserNavigationsToAppPathsGetTheApp() {
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/region/schools/42", HTML, null)).isTrue();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/region/schools", "*/*", "navigate")).isTrue();
    }

    @Test
    void serverEndpointsFilesAndNonNavigationsPassThrough() {
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/api/v1/me", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/login", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/health/ready", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/favicon.svg", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/region/schools", "application/json", null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("POST", "/region/schools", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/", HTML, null)).isFalse();
        assertThat(SpaRoutesFilter.isAppNavigation("GET", "/ArquillianServletRunnerEE9",
                "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", null)).as("Java's default Accept").isFalse();
    }
}
