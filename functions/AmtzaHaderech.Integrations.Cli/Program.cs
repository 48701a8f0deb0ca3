using System.CommandLine;
using AmtzaHaderech.Integrations.Cli;
using AmtzaHaderech.Integrations.Cli.Commands;
using AmtzaHaderech.Integrations.Cli.Output;
using Spectre.Console;

// Before any output, so every table is laid out for the same width.
ConsoleWidth.Pinned(AnsiConsole.Console);
var root = new RootCommand("amtza: the Amtza HaDerech integrations hub's command line and local runner.");
GlobalOptions.AddTo(root);
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(ImportCommands.Create());
root.Subcommands.Add(FeedbackCommands.Create());
root.Subcommands.Add(ReferralsCommands.Create());
root.Subcommands.Add(ReviewCommands.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ReportCommands.Create());
root.Subcommands.Add(FollowUpsCommands.Create());
root.Subcommands.Add(WorkshopsCommands.Create());
root.Subcommands.Add(OccupationsCommands.Create());
root.Subcommands.Add(SpotCommands.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A mistyped command: the one it meant, whole, to run instead (docs/cli.md: a usage error, exit 2).
    if (CommandSuggestion.For(root, args) is { } suggestion)
    {
        Console.Error.WriteLine($"amtza: there is no command '{suggestion.Typed}'. Did you mean:");
        Console.Error.WriteLine($"  {suggestion.Meant}");
        return 2;
    }
    foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine("Try 'amtza --help'.");
    return 2;
}
try
{
    // Our own handler below gives operators one clear line instead of a stack trace.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is InvalidOperationException or FormatException or IOException or ArgumentException or Microsoft.Extensions.Options.OptionsValidationException)
{
    // A clear message for the operator; the stack trace helps nobody at a terminal.
    Console.Error.WriteLine($"amtza: {e.Message}");
    return 1;
}
