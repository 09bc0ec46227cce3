using Boundaries.Data.Import;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>The bundled Trà Vinh dataset imported once for all the tests that only read the result.</summary>
public sealed class TraVinhImportFixture
{
    public TraVinhImportFixture()
    {
        Result = DatasetImporter.Import(RepoPaths.TraVinh);
    }

    public ImportResult Result { get; }
}
