using AmtzaHaderech.Integrations.Intake.Form;
using Microsoft.Extensions.DependencyInjection;

namespace AmtzaHaderech.Integrations.Functions;

/// Whose word the Functions app takes for a client's address (docs/security.md, "The client's
/// address"). Azure's front end appends the address it saw to X-Forwarded-For; the Functions
/// host receives the request and forwards it to this worker over loopback, so every connection
/// the worker sees is the host's, and the client is the header's rightmost non-loopback entry.
/// The app cannot be reached but through the front end and the host, so no one else can write
/// that entry; what a client sends itself stays to its left, unread.
public static class FunctionsFrontEnd
{
    public static readonly string[] FunctionsHost = ["127.0.0.0/8", "::1"];

    /// Loopback as the trusted front end, unless `IntakeForm:TrustedFrontEnds` names others.
    public static IServiceCollection AddFunctionsFrontEnd(this IServiceCollection services) =>
        services.PostConfigure<IntakeFormOptions>(o =>
        {
            if (o.TrustedFrontEnds.Count == 0) o.TrustedFrontEnds.AddRange(FunctionsHost);
        });
}
