namespace Boundaries.Documents.Templates;

/// <summary>The dossier templates: the bundled ones, each replaced by a file of the same name in the planner's folder, plus the planner's own.</summary>
/// <remarks>
/// A template is a file <c>NAME.scriban</c>; it writes the document NAME (NAME.md, NAME.docx, NAME.html). Files whose name
/// starts with "_" are partials for <c>{{ include "_name" }}</c>, looked up in the planner's folder first.
/// </remarks>
public sealed class TemplateSet
{
    /// <summary>The extension of template files.</summary>
    public const string Extension = ".scriban";

    /// <summary>The template of the consultation results report, which the consult command renders.</summary>
    public const string ConsultationReport = "bao-cao-ket-qua-lay-y-kien";

    /// <summary>The template of the scenario's history, written only for a scenario kept in a shared project.</summary>
    public const string ScenarioHistory = "qua-trinh-xay-dung-phuong-an";

    private readonly IReadOnlyList<string> _folders;
    private Legal.InstrumentCatalogue? _instruments;

    private TemplateSet(IReadOnlyList<string> folders, IReadOnlyList<DocumentTemplate> documents)
    {
        _folders = folders;
        Documents = documents;
    }

    /// <summary>Every document template, by name.</summary>
    public IReadOnlyList<DocumentTemplate> Documents { get; }

    /// <summary>The templates of the dossier: every document but the consultation results report.</summary>
    public IEnumerable<DocumentTemplate> Dossier => Documents.Where(d => d.Name != ConsultationReport);

    /// <summary>Loads the templates of <paramref name="bundledFolder"/>, overridden and extended by <paramref name="plannerFolder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">A folder does not exist.</exception>
    public static TemplateSet Load(string bundledFolder, string? plannerFolder = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bundledFolder);
        var folders = plannerFolder is null ? new[] { bundledFolder } : [plannerFolder, bundledFolder];
        foreach (var folder in folders.Where(f => !Directory.Exists(f)))
        {
            throw new DirectoryNotFoundException($"{folder}: templates folder not found");
        }

        var documents = new Dictionary<string, DocumentTemplate>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + Extension).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^Extension.Length];
                if (!name.StartsWith('_'))
                {
                    documents.TryAdd(name, new DocumentTemplate(name, file));
                }
            }
        }

        return new TemplateSet(folders, documents.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ToList());
    }

    /// <summary>The instruments the documents may cite: <c>van-ban.json</c> of the planner's folder, else the bundled one; empty when neither has it.</summary>
    /// <exception cref="Boundaries.InputDataException">The file is malformed.</exception>
    public Legal.InstrumentCatalogue Instruments => _instruments ??= _folders.Select(f => Path.Combine(f, Legal.InstrumentCatalogue.FileName)).FirstOrDefault(File.Exists) is { } path
        ? Legal.InstrumentCatalogue.Load(path)
        : Legal.InstrumentCatalogue.Empty;

    /// <summary>The template of a document, or null.</summary>
    public DocumentTemplate? Find(string name) => Documents.FirstOrDefault(d => d.Name == name);

    /// <summary>The file of a partial ("_header" → the first folder's _header.scriban), or null.</summary>
    public string? FindPartial(string name)
    {
        var file = name.EndsWith(Extension, StringComparison.Ordinal) ? name : name + Extension;
        if (file.Contains('/') || file.Contains('\\'))
        {
            return null;
        }

        return _folders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);
    }
}
