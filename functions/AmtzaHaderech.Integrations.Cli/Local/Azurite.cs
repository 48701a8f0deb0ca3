using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace AmtzaHaderech.Integrations.Cli.Local;

/// Ports and process of a running Azurite, as recorded in the data dir's lock file.
public sealed record AzuriteInstance(int Pid, int BlobPort, int QueuePort, int TablePort)
{
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";
}

/// Runs Azurite, the official Azure Storage emulator, from the project's npm lock file, on free
/// loopback ports. A data dir's lock file lets `amtza serve` and other commands share one;
/// the command that started it stops it.
public sealed class Azurite : IAsyncDisposable
{
    private const string LockFileName = "azurite.lock.json";
    private readonly Process? _process;
    private readonly string? _lockFile;

    private Azurite(AzuriteInstance instance, Process? owned, string? lockFile)
    {
        Instance = instance;
        _process = owned;
        _lockFile = lockFile;
    }

    public AzuriteInstance Instance { get; }

    /// Uses the Azurite recorded for the data dir if it still answers; otherwise starts one
    /// that keeps its data under the data dir.
    public static async Task<Azurite> ForDataDirAsync(string dataDir, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDir);
        var lockFile = Path.Combine(dataDir, LockFileName);
        if (File.Exists(lockFile))
        {
            var recorded = JsonSerializer.Deserialize<AzuriteInstance>(await File.ReadAllTextAsync(lockFile, cancellationToken));
            if (recorded is not null && IsAlive(recorded.Pid) && await AnswersAsync(recorded, cancellationToken))
                return new Azurite(recorded, null, null);
        }
        var storageDir = Path.Combine(dataDir, "azurite");
        Directory.CreateDirectory(storageDir);
        var azurite = await StartAsync(["--location", storageDir], cancellationToken);
        await File.WriteAllTextAsync(lockFile, JsonSerializer.Serialize(azurite.Instance), cancellationToken);
        return new Azurite(azurite.Instance, azurite._process, lockFile);
    }

    /// An Azurite that keeps everything in memory (tests, benchmarks).
    public static Task<Azurite> InMemoryAsync(CancellationToken cancellationToken = default) =>
        StartAsync(["--inMemoryPersistence"], cancellationToken);

    private static async Task<Azurite> StartAsync(string[] persistence, CancellationToken cancellationToken)
    {
        var program = await AzuriteProgram.LocateAsync(cancellationToken);
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--silent", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
                     "--blobPort", blob.ToString(), "--queuePort", queue.ToString(), "--tablePort", table.ToString(), .. persistence])
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new AzuriteInstance(process.Id, blob, queue, table);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await AnswersAsync(instance, cancellationToken))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                Kill(process);
                throw new InvalidOperationException($"Azurite ({program}) did not open its ports within 60 s.");
            }
            await Task.Delay(200, cancellationToken);
        }
        return new Azurite(instance, process, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (_lockFile is not null) File.Delete(_lockFile);
        // SIGTERM, a grace period, then SIGKILL, by PID: Azurite once kept running after closing its ports.
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString()])?.WaitForExit();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { Kill(_process); }
        }
        _process.Dispose();
    }

    private static void Kill(Process process)
    {
        try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
    }

    private static bool IsAlive(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static async Task<bool> AnswersAsync(AzuriteInstance instance, CancellationToken cancellationToken)
    {
        foreach (var port in new[] { instance.BlobPort, instance.QueuePort, instance.TablePort })
        {
            using var client = new TcpClient();
            try { await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken); }
            catch (SocketException) { return false; }
        }
        return true;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
