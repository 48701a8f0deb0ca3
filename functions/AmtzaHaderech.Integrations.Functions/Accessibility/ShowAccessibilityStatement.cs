using AmtzaHaderech.Integrations.Accessibility;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AmtzaHaderech.Integrations.Functions.Accessibility;

/// GET /accessibility[?lang=ru]: the accessibility statement (הצהרת נגישות) every page links to.
public sealed class ShowAccessibilityStatement(AccessibilityStatement statement)
{
    [Function(nameof(ShowAccessibilityStatement))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "accessibility")] HttpRequest request) =>
        statement.Show(request.Query["lang"]);
}
