using AmtzaHaderech.Integrations;
using AmtzaHaderech.Integrations.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddIntegrationsHub();
builder.Services.AddFunctionsFrontEnd();
builder.Services.AddHubTelemetry(builder.Configuration);
builder.Build().Run();
