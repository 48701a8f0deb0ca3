using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// GET /intake/assets/{file}: the form's stylesheet and script (embedded in the library).
public sealed class ServeIntakeAsset
{
    [Function(nameof(ServeIntakeAsset))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake/assets/{file}")] HttpRequest request, string file) =>
        (IActionResult?)IntakeAssets.Find(file) ?? new NotFoundResult();
}
