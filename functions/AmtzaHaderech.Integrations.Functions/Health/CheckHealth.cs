using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Health;

/// `GET /api/health`: up or not, and nothing more (a version would tell a stranger which known
/// flaws to try; operators find it in the deployment).
public sealed class CheckHealth
{
    [Function(nameof(CheckHealth))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) =>
        new OkObjectResult(new { status = "ok" });
}
