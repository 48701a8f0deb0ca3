using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// GET /intake: the empty online intake form.
public sealed class ShowIntakeForm(IntakeFormHandler handler)
{
    [Function(nameof(ShowIntakeForm))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake")] HttpRequest request) => handler.Show();
}
