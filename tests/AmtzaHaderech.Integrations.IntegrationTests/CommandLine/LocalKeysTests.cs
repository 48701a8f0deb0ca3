using AmtzaHaderech.Integrations.Cli.Local;

namespace AmtzaHaderech.Integrations.IntegrationTests.CommandLine;

/// The CLI's local HMAC keys: the owner's alone from the moment the file exists.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class LocalKeysTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly string _dataDir = Directory.CreateTempSubdirectory("amtza-keys-").FullName;

    [Fact]
    public void ReadOrCreate_NewKey_WrittenOwnerOnlyAndTheSameOnTheNextRead()
    {
        var key = LocalKeys.ReadOrCreate(_dataDir, "link-key.txt");

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(_dataDir, "link-key.txt")));
        Assert.Equal(64, key.Length);
        Assert.Equal(key, LocalKeys.ReadOrCreate(_dataDir, "link-key.txt"));
        Assert.Single(Directory.GetFiles(_dataDir)); // no temporary file left behind
    }

    [Fact]
    public void ReadOrCreate_KeyFileReadableByOthers_NarrowedAndKept()
    {
        var path = Path.Combine(_dataDir, "identity-key.txt");
        File.WriteAllText(path, "an-existing-key-0123456789abcdef0123456789");
        File.SetUnixFileMode(path, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var key = LocalKeys.ReadOrCreate(_dataDir, "identity-key.txt");

        Assert.Equal("an-existing-key-0123456789abcdef0123456789", key);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task ReadOrCreate_ManyCommandsAtOnce_AllGetOneKey()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => LocalKeys.ReadOrCreate(_dataDir, "link-key.txt"))));

        Assert.Single(keys.Distinct());
        Assert.Single(Directory.GetFiles(_dataDir));
    }

    [Fact]
    public void ReadOrCreate_EmptyKeyFileLeftByACommandThatDied_ErrorNamesTheFileAndWhatToDo()
    {
        var path = Path.Combine(_dataDir, "link-key.txt");
        File.WriteAllText(path, "");

        var error = Assert.Throws<InvalidDataException>(() => LocalKeys.ReadOrCreate(_dataDir, "link-key.txt", waitForWriter: TimeSpan.Zero));

        Assert.Equal($"The key file {path} is empty (a command stopped while creating it). Delete it and run the command again.", error.Message);
    }

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);
}
