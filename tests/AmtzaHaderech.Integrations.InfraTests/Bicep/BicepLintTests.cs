namespace AmtzaHaderech.Integrations.InfraTests.Bicep;

[Collection(CompiledInfraCollection.Name)]
public sealed class BicepLintTests(CompiledInfra infra)
{
    public static TheoryData<string> ParameterFiles => new() { "main.bicepparam", "env/prod.bicepparam" };

    [Fact]
    public void Lint_EveryBicepFile_ReportsNothing()
    {
        var result = BicepCli.Run("lint", "--pattern", "infra/**/*.bicep");

        Assert.True(result.Clean, result.ToString());
    }

    [Fact]
    public void Lint_EveryParameterFile_ReportsNothing()
    {
        var result = BicepCli.Run("lint", "--pattern", "infra/**/*.bicepparam");

        Assert.True(result.Clean, result.ToString());
    }

    [Fact]
    public void Build_MainAndEventSubscriptions_ReportNothing()
    {
        Assert.True(infra.MainBuild.Clean, infra.MainBuild.ToString());
        Assert.True(infra.EventSubscriptionsBuild.Clean, infra.EventSubscriptionsBuild.ToString());
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void BuildParams_ParameterFile_GivesEveryRequiredParameter(string file)
    {
        var result = BicepCli.Run("build-params", BicepCli.InfraPath(file), "--stdout");

        Assert.True(result.Clean, result.ToString());
        var parameters = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)?["parametersJson"]?.GetValue<string>();
        var values = System.Text.Json.Nodes.JsonNode.Parse(parameters!)!["parameters"]!.AsObject();
        Assert.All(["environmentName", "location", "programCode", "centers", "senderMailbox"], name => Assert.True(values.ContainsKey(name), name));
        Assert.NotEmpty(values["centers"]!["value"]!.AsArray());
    }

    // The two tests below show that the checks above can fail: with the project's rules an unused
    // parameter is an error, and a compiler warning (exit code 0) still counts as a diagnostic.
    [Fact]
    public void Lint_UnusedParameter_IsAnError()
    {
        var result = LintScratch("param unused string\n");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no-unused-params", result.Stderr);
    }

    [Fact]
    public void Lint_CompilerWarning_IsNotClean()
    {
        var result = LintScratch("resource tooShort 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {\n  name: 'a'\n}\n\noutput id string = tooShort.id\n");

        Assert.Equal(0, result.ExitCode);
        Assert.False(result.Clean);
    }

    private static BicepResult LintScratch(string bicep)
    {
        var folder = Directory.CreateTempSubdirectory("bicep-lint-");
        try
        {
            File.Copy(BicepCli.InfraPath("bicepconfig.json"), Path.Combine(folder.FullName, "bicepconfig.json"));
            var file = Path.Combine(folder.FullName, "scratch.bicep");
            File.WriteAllText(file, bicep);
            return BicepCli.Run("lint", file);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
