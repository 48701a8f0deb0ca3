using AmtzaHaderech.Integrations;
using AmtzaHaderech.Integrations.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.AddIntegrationsHub();
// An instance waits on storage round trips, not on its CPU: it decides eight rows of a file at
// once unless the app setting `Hub__ImportParallelism` says otherwise (docs/operations.md).
builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = [new("Hub:ImportParallelism", "8")] });
builder.Services.AddFunctionsFrontEnd();
builder.Services.AddHubTelemetry(builder.Configuration);
builder.Build().Run();
