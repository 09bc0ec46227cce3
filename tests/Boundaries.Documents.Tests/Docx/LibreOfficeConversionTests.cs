using System.Diagnostics;
using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Docx;

/// <summary>LibreOffice opens every DOCX and converts it to PDF (needs Debian's libreoffice-writer-nogui; fails, never skips, without it).</summary>
[Trait("Category", "Slow")]
public sealed class LibreOfficeConversionTests
{
    [Fact]
    public void ConvertToPdf_EveryDocument_LibreOfficeWritesAPdf()
    {
        using var folder = new TempFolder();
        var files = AllDocuments.Get().Select(d =>
        {
            var path = folder.File($"{d.Label}.{d.Document.Name}.docx");
            File.WriteAllBytes(path, d.Document.ToDocx());
            return path;
        }).ToList();

        var (exitCode, output) = Soffice(folder.Path, ["--headless", "--convert-to", "pdf", "--outdir", folder.Path, .. files]);

        Assert.True(exitCode == 0, $"soffice exited with {exitCode}: {output}");
        foreach (var docx in files)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            Assert.True(File.Exists(pdf), $"no PDF for {Path.GetFileName(docx)}: {output}");
            var head = new byte[5];
            using (var stream = File.OpenRead(pdf))
            {
                stream.ReadExactly(head);
            }

            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(head));
        }
    }

    private static (int ExitCode, string Output) Soffice(string workingFolder, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo("soffice")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingFolder,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // A profile of its own, so a LibreOffice already running for the user (or another test run) does not swallow the request.
        start.ArgumentList.Add($"-env:UserInstallation=file://{Path.Combine(workingFolder, "lo-profile")}");
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("soffice (LibreOffice) is not installed: apt-get install libreoffice-writer-nogui", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 4 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }
}
