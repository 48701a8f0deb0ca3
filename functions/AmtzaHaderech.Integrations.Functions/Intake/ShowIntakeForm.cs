using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// GET /intake[?lang=ru]: the empty online intake form, in the language asked for (Hebrew by default).
public sealed class ShowIntakeForm(IntakeFormHandler handler)
{
    [Function(nameof(ShowIntakeForm))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake")] HttpRequest request) => handler.Show(request.Query["lang"]);
}
