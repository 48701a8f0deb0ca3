using AmtzaHaderech.Integrations.Referrals;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Output;

/// A progress bar on a terminal, plain lines when stderr is redirected; never on stdout.
public static class ProgressDisplay
{
    private static readonly IAnsiConsole Err = ConsoleWidth.Pinned(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    public static IAnsiConsole ErrorConsole => Err;

    public static async Task<T> RunAsync<T>(string title, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
        {
            var last = DateTime.MinValue;
            return await work(new Progress<ImportProgress>(p =>
            {
                if (p.RowsDone == p.RowsTotal || DateTime.UtcNow - last > TimeSpan.FromSeconds(5))
                {
                    last = DateTime.UtcNow;
                    Console.Error.WriteLine($"{title}: {p.File} {p.RowsDone}/{p.RowsTotal} rows");
                }
            }));
        }
        T result = default!;
        await Err.Progress().AutoClear(true).StartAsync(async context =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            result = await work(new SynchronousProgress(p =>
            {
                if (!tasks.TryGetValue(p.File, out var task))
                    tasks[p.File] = task = context.AddTask(Markup.Escape(p.File), maxValue: Math.Max(1, p.RowsTotal));
                task.Value = p.RowsDone;
            }));
        });
        return result;
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
