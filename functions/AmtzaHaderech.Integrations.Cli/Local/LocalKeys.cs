using System.Security.Cryptography;
using System.Text;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// A local store's HMAC keys (identity keys, personal links), one file each in the data dir: made
/// once, never shared. In Azure the keys come from Key Vault (Hub__IdentityKeySecret,
/// FollowUps__LinkSigningKey). The file is the owner's alone (0600) from the moment it exists:
/// it is created with that mode, so no umask widens it. Two commands starting at once agree on
/// one key because the file is created exclusively (CreateNew): the one that creates it writes
/// the key in one write, the others read that key. A move into place would not do: on Linux,
/// .NET's File.Move(overwrite: false) looks for the destination (lstat) and then renames (seen
/// with strace), so two commands finding no file both rename and the second replaces the
/// first's key (it happened once in five suite runs).
public static class LocalKeys
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly TimeSpan WriterWait = TimeSpan.FromSeconds(5);

    /// `waitForWriter`: how long a file found empty (its creator has not written the key yet) is
    /// read again before it is taken for the leftover of a command that died at that moment.
    public static string ReadOrCreate(string dataDir, string fileName, TimeSpan? waitForWriter = null)
    {
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, fileName);
        if (!File.Exists(path)) TryCreate(path);
        // A key file made before this rule: narrowed now.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0) File.SetUnixFileMode(path, OwnerOnly);
        return Read(path, waitForWriter ?? WriterWait);
    }

    private static void TryCreate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        try
        {
            using var file = new FileStream(path, options);
            file.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32))));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another command created it first; its key is the one.
        }
    }

    private static string Read(string path, TimeSpan waitForWriter)
    {
        var deadline = DateTime.UtcNow + waitForWriter;
        while (true)
        {
            var key = File.ReadAllText(path).Trim();
            if (key.Length > 0) return key;
            if (DateTime.UtcNow >= deadline)
                throw new InvalidDataException($"The key file {path} is empty (a command stopped while creating it). Delete it and run the command again.");
            Thread.Sleep(20);
        }
    }
}
