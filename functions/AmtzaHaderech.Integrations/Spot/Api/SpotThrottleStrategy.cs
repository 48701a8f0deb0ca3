using Polly;

namespace AmtzaHaderech.Integrations.Spot.Api;

/// The throttle gate inside the resilience pipeline, between the retry and the circuit breaker:
/// every attempt, a retry's too, waits at the gate, and that wait counts against neither the
/// attempt timeout nor the breaker; each answer may close the gate for everyone.
internal sealed class SpotThrottleStrategy(SpotThrottleGate gate) : ResilienceStrategy<HttpResponseMessage>
{
    protected override async ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback, ResilienceContext context, TState state)
    {
        if (context.GetRequestMessage() is { } request && request.Options.TryGetValue(SpotThrottleGate.Bypass, out var bypass) && bypass)
            return await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        try
        {
            await gate.WaitAsync(context.CancellationToken).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception e)
        {
            // Strategies hand failures on as outcomes; a long pause is not one the retry handles.
            return Outcome.FromException<HttpResponseMessage>(e);
        }
        var outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        if (outcome.Result is { } response) gate.Observe(response);
        return outcome;
    }
}
