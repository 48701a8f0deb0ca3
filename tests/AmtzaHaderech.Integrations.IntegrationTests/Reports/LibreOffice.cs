using System.Diagnostics;
using System.Text;
using AmtzaHaderech.Integrations.IntegrationTests.Infrastructure;

namespace AmtzaHaderech.Integrations.IntegrationTests.Reports;

/// A reader independent of the workbook writer: LibreOffice opens the .xlsx and prints it to PDF,
/// poppler turns the pages into PNGs (kept under `artifacts/reports/` for a person to look at)
/// and the PDF into text (for assertions). Needs `libreoffice-calc-nogui fonts-noto-core
/// poppler-utils` on the machine (.ci/run installs them); the test installs nothing.
internal static class LibreOffice
{
    public sealed record Rendering(string Text, IReadOnlyList<string> Pages);

    public static async Task<Rendering> RenderAsync(byte[] workbook, string name)
    {
        var work = Directory.CreateTempSubdirectory("amtza-render-").FullName;
        try
        {
            var xlsx = Path.Combine(work, name + ".xlsx");
            await File.WriteAllBytesAsync(xlsx, workbook);
            // A profile of its own: another soffice running on the machine cannot take the conversion over.
            var profile = new Uri(Path.Combine(work, "profile")).AbsoluteUri;
            await RunAsync("soffice", "--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", work, xlsx);
            var pdf = Path.Combine(work, name + ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice did not convert {name}.xlsx to PDF");

            await RunAsync("pdftoppm", "-png", "-r", "80", pdf, Path.Combine(work, "page"));
            var artifacts = Path.Combine(RepositoryRoot(), "artifacts", "reports");
            Directory.CreateDirectory(artifacts);
            foreach (var old in Directory.GetFiles(artifacts, name + "-*.png")) File.Delete(old);
            var pages = new List<string>();
            foreach (var page in Directory.GetFiles(work, "page-*.png").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(artifacts, $"{name}-{Path.GetFileNameWithoutExtension(page)[5..]}.png");
                File.Copy(page, target, overwrite: true);
                pages.Add(target);
            }

            var text = await RunAsync("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");
            return new Rendering(WithoutBidiMarks(text), pages);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // pdftotext wraps right-to-left runs in embedding marks; the words inside are in reading order.
    private static string WithoutBidiMarks(string text) =>
        new([.. text.Where(c => c is not ('\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')))]);

    private static async Task<string> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{program}' is not installed: apt-get install -y libreoffice-calc-nogui fonts-noto-core poppler-utils", e);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await ProcessGuard.WaitForExitAsync(process, program);
            Assert.True(process.ExitCode == 0, $"{program} exited {process.ExitCode}: {await stderr}");
            return await stdout;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AmtzaHaderech.Integrations.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (AmtzaHaderech.Integrations.sln) is not above the test output.");
    }
}
