using System.CommandLine;
using AmtzaHaderech.Integrations.Cli.Output;
using AmtzaHaderech.Integrations.Intake.Occupations;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace AmtzaHaderech.Integrations.Cli.Commands;

/// `amtza occupations search <text>`: the forgiving occupation search (no store needed).
public static class OccupationsCommands
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "What the person typed (Hebrew or English, misspelled is fine)." };
        var limit = new Option<int>("--limit") { Description = "How many results.", DefaultValueFactory = _ => 10 };
        var search = new Command("search", "Search the occupation list.") { text, limit };
        search.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables();
            if (parse.GetValue(GlobalOptions.Config) is { } file) configuration.AddJsonFile(Path.GetFullPath(file), optional: false);
            var occupations = OccupationSearch.Create(configuration.Build()[$"{OccupationsOptions.Section}:{nameof(OccupationsOptions.ExtraListPath)}"]);
            var response = occupations.SearchResponse(parse.GetValue(text), parse.GetValue(limit));
            if (await JsonOutput.WriteAsync(parse, response, cancellationToken)) return 0;
            var table = new Table().AddColumns("code", "עברית", "English", "score");
            foreach (var item in response.Items) table.AddRow(item.Code, Markup.Escape(item.TitleHe), Markup.Escape(item.TitleEn), item.Score.ToString("0.000"));
            AnsiConsole.Write(table);
            return 0;
        });
        var occupationsCommand = new Command("occupations", "The occupation list (ISCO-08).");
        occupationsCommand.Subcommands.Add(search);
        return occupationsCommand;
    }
}
