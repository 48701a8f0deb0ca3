using System.Text;
using AmtzaHaderech.Integrations.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AmtzaHaderech.Integrations.Intake.Form;

/// A finished response both hosts can return as it is: `amtza serve` as a minimal-API IResult,
/// the Functions app as an IActionResult. Pages forbid framing, foreign scripts and caching, and
/// over https they ask for https only (StrictTransportSecurity).
public sealed class IntakeResponse : IResult, IActionResult
{
    // Everything the pages load is their own: one stylesheet, one script, fetches to the type-ahead.
    private const string PagePolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private IntakeResponse(int status, string contentType, byte[] body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
    }

    public int Status { get; }
    public string ContentType { get; }
    public byte[] Body { get; }
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
    };

    public string Text => Encoding.UTF8.GetString(Body);

    public static IntakeResponse Page(int status, string html)
    {
        var response = new IntakeResponse(status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
        response.Headers["Content-Security-Policy"] = PagePolicy;
        response.Headers["Cache-Control"] = "no-store";
        return response;
    }

    public static IntakeResponse Json(byte[] json) =>
        new(StatusCodes.Status200OK, "application/json; charset=utf-8", json) { Headers = { ["Cache-Control"] = "no-store" } };

    public static IntakeResponse Asset(string contentType, byte[] content) =>
        new(StatusCodes.Status200OK, contentType, content) { Headers = { ["Cache-Control"] = "public, max-age=31536000, immutable" } };

    public static IntakeResponse Empty(int status) => new(status, "text/plain; charset=utf-8", []);

    public IntakeResponse With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        foreach (var (name, value) in Headers) response.Headers[name] = value;
        StrictTransportSecurity.AddTo(response);
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context) => ExecuteAsync(context.HttpContext);
}
