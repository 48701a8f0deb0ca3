using System.Security.Cryptography;
using System.Text;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// A local store's HMAC keys (identity keys, personal links), one file each in the data dir: made
/// once, never shared. In Azure the keys come from Key Vault (Hub__IdentityKeySecret,
/// FollowUps__LinkSigningKey). The file is the owner's alone (0600) from the moment it exists:
/// it is written under a temporary name created with that mode, then moved into place, so no
/// umask widens it and two commands starting at once agree on one key.
public static class LocalKeys
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string ReadOrCreate(string dataDir, string fileName)
    {
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, fileName);
        if (!File.Exists(path)) Create(path);
        // A key file made before this rule: narrowed now.
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0) File.SetUnixFileMode(path, OwnerOnly);
        return File.ReadAllText(path).Trim();
    }

    private static void Create(string path)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (var file = new FileStream(temporary, options))
            file.Write(Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32))));
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another command made the key first; its key is the one.
            File.Delete(temporary);
        }
    }
}
