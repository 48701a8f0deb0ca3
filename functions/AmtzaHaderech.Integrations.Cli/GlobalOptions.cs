using System.CommandLine;

namespace AmtzaHaderech.Integrations.Cli;

/// Options every command takes (docs/cli.md).
public static class GlobalOptions
{
    public static readonly Option<string?> Storage = new("--storage")
    {
        Description = "Azure Storage connection string (or AMTZA_STORAGE). Without it, a local Azurite for --data-dir.",
        Recursive = true,
    };

    public static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Folder of the local store (Azurite data, outputs).",
        DefaultValueFactory = _ => ".amtza",
        Recursive = true,
    };

    public static readonly Option<string?> Now = new("--now")
    {
        Description = "Pin the clock: yyyy-MM-dd[THH:mm], Israel time (or AMTZA_NOW).",
        Recursive = true,
    };

    public static readonly Option<string?> Config = new("--config")
    {
        Description = "Extra configuration file (JSON, same sections as appsettings.json).",
        Recursive = true,
    };

    public static readonly Option<string?> Json = new("--json")
    {
        Description = "Print one JSON document on stdout, or write it to the named file.",
        Arity = ArgumentArity.ZeroOrOne,
        Recursive = true,
    };

    /// `amtza import ...`: rows of a file decided at once (Hub:ImportParallelism).
    public static readonly Option<int?> Parallel = new("--parallel")
    {
        Description = "Rows decided at once (default Hub:ImportParallelism, 1); rows sharing a person's ID, phone or e-mail still go one after another.",
        Recursive = true,
        Validators = { r => { if (r.GetValueOrDefault<int?>() is < 1 or > 64) r.AddError("--parallel must be from 1 to 64."); } },
    };

    public static void AddTo(RootCommand root)
    {
        foreach (var option in new Option[] { Storage, DataDir, Now, Config, Json }) root.Options.Add(option);
    }
}
