// Swagger UI for the OpenAPI document that the server publishes (MicroProfile OpenAPI).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi?format=JSON',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'BaseLayout',
    // Same-origin cookie session: "Try it out" runs as the signed-in user.
    withCredentials: true,
  });
});
