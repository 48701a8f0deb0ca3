using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Intake;

/// GET /intake/occupations?q=: the form's occupation type-ahead.
public sealed class SearchOccupations(OccupationTypeAhead typeAhead)
{
    [Function(nameof(SearchOccupations))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "intake/occupations")] HttpRequest request) =>
        typeAhead.Search(request);
}
