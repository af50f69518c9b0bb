// Renders this server's API document (openapi.json, next to this page's directory) with Swagger UI.
// Requests carry the browser's credentials to this origin only: the Basic login the browser asked for
// when it opened the page, or what the user enters under "Authorize".
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../openapi.json', document.baseURI).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    validatorUrl: null,
    requestInterceptor: function (request) {
      request.credentials = 'same-origin';
      return request;
    }
  });
});
