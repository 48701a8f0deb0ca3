using AmtzaHaderech.Integrations.FollowUps.Announcements;
using AmtzaHaderech.Integrations.FollowUps.Answers;
using AmtzaHaderech.Integrations.FollowUps.Calendar;
using AmtzaHaderech.Integrations.FollowUps.Channels;
using AmtzaHaderech.Integrations.FollowUps.Invitations;
using AmtzaHaderech.Integrations.FollowUps.Links;
using AmtzaHaderech.Integrations.FollowUps.Messages;
using AmtzaHaderech.Integrations.FollowUps.Pages;
using AmtzaHaderech.Integrations.FollowUps.Planning;
using AmtzaHaderech.Integrations.FollowUps.Sending;
using AmtzaHaderech.Integrations.FollowUps.State;
using AmtzaHaderech.Integrations.FollowUps.Workshops;
using AmtzaHaderech.Integrations.FollowUps.Workshops.Lists;
using AmtzaHaderech.Integrations.Referrals;
using AmtzaHaderech.Integrations.Teams;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AmtzaHaderech.Integrations.FollowUps;

/// The follow-ups, all of them: quiet times and the planner, state, links, messages, channels,
/// the runner, the pages, the call lists in Teams. Calling this twice is harmless.
internal static class FollowUpsRegistration
{
    /// A TokenCredential registered under this key replaces the Graph credential of the
    /// configuration (tests use a fake that issues a fixed token).
    public const string GraphCredentialKey = "Graph";

    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(FollowUpRunner))) return services;

        services.AddOptions<QuietTimesOptions>().BindConfiguration(QuietTimesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JewishHolidays>();
        services.AddSingleton<QuietTimes>();
        services.AddOptions<FollowUpsOptions>().BindConfiguration(FollowUpsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FollowUpPlanner>();
        services.AddOptions<FollowUpSendingOptions>().BindConfiguration(FollowUpSendingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<LinkSigner>();
        services.AddSingleton<ShortLinks>();
        services.AddSingleton<FollowUpStore>();
        services.AddSingleton<FollowUpQueries>();
        services.AddSingleton<FollowUpAnswers>();
        services.AddSingleton<RsvpAnswersStore>();
        services.AddSingleton<SpotForwarder>();
        services.AddSingleton<MessageComposer>();
        services.AddSingleton<FollowUpReminders>();
        services.AddSingleton<FollowUpLease>();
        // Its own client for the Teams webhook: retries on the real clock (see SmsResilience), no
        // HttpClient logging (the webhook URL carries its signature).
        services.AddHttpClient(TaskAnnouncer.ClientName).RemoveAllLoggers().AddResilienceHandler(TaskAnnouncer.ClientName, SmsResilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CallListPublisher>(sp,
            new TeamsWebhookClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(TaskAnnouncer.ClientName))));
        services.AddSingleton<TaskAnnouncer>();
        services.AddSingleton<FollowUpInputsLoader>();
        services.AddSingleton<FollowUpRunner>();
        services.AddSingleton<ConferenceInviter>();
        services.AddSingleton<IReferralObserver>(sp => sp.GetRequiredService<ConferenceInviter>());
        services.AddSingleton<WorkshopsPage>();
        services.AddSingleton<FollowUpPages>();
        services.AddSingleton<WorkshopSeats>();
        services.AddSingleton<WaitingLists>();
        services.AddSingleton<WorkshopAttendance>();
        services.AddSingleton<SignUpLists>();
        services.AddSingleton<SignUpListDelivery>();
        services.AddSingleton<SignUpListReadBack>();

        services.AddHttpClient(HttpSmsChannel.ClientName).AddResilienceHandler(HttpSmsChannel.ClientName, SmsResilience);
        services.TryAddSingleton<HttpSmsChannel>();
        // Its own Graph client (the reports' Teams delivery has another, with its own settings).
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>();
            return new GraphMailChannel(GraphClientBuilder.Create(options.Value, sp.GetKeyedService<TokenCredential>(GraphCredentialKey)), options);
        });
        services.AddSingleton(sp => new MessageChannels(Channels(sp)));
        return services;
    }

    // Retries of 408/429/5xx and failed connections, waiting Retry-After when the provider sends
    // one; safe for POST because the provider keeps one message per reference (a Teams card
    // repeated after a lost answer is the lesser harm than one lost). Waits are on the real
    // clock: the hub's TimeProvider is the business clock, pinned or faked in tests and replays.
    // The timeouts are settings, so that tests on a loaded machine can make them long.
    private static void SmsResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<FollowUpSendingOptions>>().Value;
        builder.TimeProvider = TimeProvider.System;
        builder
            .AddTimeout(options.HttpCallTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 4,
                Delay = TimeSpan.FromSeconds(2),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
            })
            .AddTimeout(options.HttpAttemptTimeout);
    }

    // The provider when configured, else the local outbox when there is one, else nothing.
    private static IEnumerable<IMessageChannel> Channels(IServiceProvider services)
    {
        var outbox = services.GetRequiredService<IOptions<FollowUpSendingOptions>>().Value.OutboxFolder;
        if (services.GetRequiredService<IOptions<SmsOptions>>().Value.IsConfigured) yield return services.GetRequiredService<HttpSmsChannel>();
        else if (outbox is { Length: > 0 }) yield return new LocalOutboxChannel(FollowUpChannels.Sms, outbox);
        if (services.GetRequiredService<IOptions<GraphOptions>>().Value.IsConfigured) yield return services.GetRequiredService<GraphMailChannel>();
        else if (outbox is { Length: > 0 }) yield return new LocalOutboxChannel(FollowUpChannels.Email, outbox);
    }
}
