using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// POST /intake: a filled form, checked and sent through the referral pipeline.
public sealed class SubmitIntakeForm(IntakeFormHandler handler)
{
    [Function(nameof(SubmitIntakeForm))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "intake")] HttpRequest request,
        CancellationToken cancellationToken) =>
        await handler.SubmitAsync(request, cancellationToken);
}
