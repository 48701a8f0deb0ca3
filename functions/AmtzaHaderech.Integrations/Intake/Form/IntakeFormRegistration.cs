using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmtzaHaderech.Integrations.Intake.Form;

public static class IntakeFormRegistration
{
    /// The online form's services. Safe to call more than once.
    public static IServiceCollection AddIntakeForm(this IServiceCollection services)
    {
        services.AddOptions<IntakeFormOptions>().BindConfiguration(IntakeFormOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FormTokens>();
        services.TryAddSingleton<IntakeValidator>();
        services.TryAddSingleton<IntakeRateLimits>();
        services.TryAddSingleton<IntakeFormHandler>();
        services.TryAddSingleton<OccupationTypeAhead>();
        return services;
    }

    /// The form's routes on a Kestrel host (`amtza serve`); the Functions app maps the same
    /// routes as functions (Intake/ in the Functions project).
    public static IEndpointRouteBuilder MapIntakeForm(this IEndpointRouteBuilder app)
    {
        app.MapGet("/intake", (HttpRequest request, [FromServices] IntakeFormHandler handler) => handler.Show(request.Query["lang"]));
        app.MapPost("/intake", (HttpRequest request, [FromServices] IntakeFormHandler handler, CancellationToken cancellationToken) =>
            handler.SubmitAsync(request, cancellationToken));
        app.MapGet("/intake/assets/{file}", (string file) => (IResult?)IntakeAssets.Find(file) ?? Results.NotFound());
        app.MapGet("/intake/occupations", (HttpRequest request, [FromServices] OccupationTypeAhead typeAhead) => typeAhead.Search(request));
        return app;
    }
}
