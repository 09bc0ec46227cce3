using System.Buffers;
using System.Text.Json;
using Boundaries.Core.Quality;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Features;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>Reads a GeoJSON file feature by feature from a FileStream, so that a national layer never sits in memory as one string or one buffer.</summary>
/// <remarks>
/// The top level is scanned with a resumable <see cref="Utf8JsonReader"/>; each feature object, once wholly
/// in the buffer, is handed to NetTopologySuite's GeoJSON converter. The legacy "crs" member is honoured
/// wherever it stands; without it RFC 7946 §4 says the coordinates are WGS 84 lon/lat.
/// </remarks>
internal sealed class GeoJsonLayerReader
{
    private const int InitialBufferBytes = 1 << 20;
    private const int ProgressEvery = 256;
    private readonly string _path;
    private readonly int _bufferBytes;
    private readonly Action<GeoJsonReadProgress>? _progress;
    private readonly List<SourceFeature> _features = [];
    private readonly List<DataIssue> _issues = [];
    private GeoJsonScanPhase _phase = GeoJsonScanPhase.Root;
    private string? _rootType;
    private DeclaredCrs? _crs;
    private long _bufferOffset;
    private long _fileLength;
    private int _featureIndex;

    private GeoJsonLayerReader(string path, int bufferBytes, Action<GeoJsonReadProgress>? progress)
    {
        _path = path;
        _bufferBytes = bufferBytes;
        _progress = progress;
    }

    /// <summary>Reads every feature; throws <see cref="InputDataException"/> naming the byte where a broken file stops making sense.</summary>
    public static SourceLayer Read(string path, Action<GeoJsonReadProgress>? progress = null) =>
        Read(path, InitialBufferBytes, progress);

    /// <summary>Reads with a given initial buffer size (tests use a small one to cross many buffer boundaries).</summary>
    internal static SourceLayer Read(string path, int bufferBytes, Action<GeoJsonReadProgress>? progress)
    {
        if (!File.Exists(path))
        {
            throw new InputDataException(path, "file not found");
        }

        return new GeoJsonLayerReader(path, bufferBytes, progress).ReadAll();
    }

    private SourceLayer ReadAll()
    {
        // A gzip file is decompressed into memory first (the reader needs a seekable stream of known length);
        // bundled files are per province and small. Byte positions in messages are then those of the decompressed text.
        using (var stream = CompressedFile.IsGzip(_path)
                   ? new MemoryStream(CompressedFile.ReadAllBytes(_path), writable: false)
                   : (Stream)new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            _fileLength = stream.Length;
            Scan(stream);
        }

        if (_rootType is "Feature" || GeoJsonGeometryTypes.IsGeometry(_rootType))
        {
            _features.AddRange(GeoJsonFeatures.ReadSingleObject(_path, _rootType));
        }
        else if (_rootType != "FeatureCollection")
        {
            throw new InputDataException(_path, _rootType is null
                ? "not GeoJSON: the top-level object has no \"type\""
                : $"not GeoJSON: unknown top-level type \"{_rootType}\"");
        }

        _progress?.Invoke(new GeoJsonReadProgress(_fileLength, _fileLength, _features.Count));
        return new SourceLayer
        {
            File = _path,
            Format = "GeoJSON",
            Features = _features,
            DeclaredCrs = _crs,
            DefaultEpsg = 4326,
            TextEncoding = "UTF-8",
            Issues = _issues,
        };
    }

    private void Scan(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(_bufferBytes);
        try
        {
            var filled = 0;
            var final = false;
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var bom = JsonErrorPosition.SkipBom(stream);
            _bufferOffset = bom;
            while (true)
            {
                if (!final)
                {
                    var n = stream.Read(buffer, filled, buffer.Length - filled);
                    filled += n;
                    final = n == 0;
                }

                var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), final, state);
                try
                {
                    Process(ref reader);
                    if (_phase == GeoJsonScanPhase.Done)
                    {
                        // Anything but white space after the top-level object is an error the reader reports.
                        while (reader.Read())
                        {
                        }
                    }
                }
                catch (JsonException ex)
                {
                    throw JsonErrorPosition.Broken(_path, ex, bom, _fileLength);
                }

                var consumed = (int)reader.BytesConsumed;
                state = reader.CurrentState;
                if (final)
                {
                    if (_phase != GeoJsonScanPhase.Done)
                    {
                        throw new InputDataException(_path, $"not valid GeoJSON: unexpected end of data at byte {_fileLength}");
                    }

                    return;
                }

                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                filled -= consumed;
                _bufferOffset += consumed;
                if (filled == buffer.Length)
                {
                    // One feature is larger than the buffer: grow it rather than fail.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Process(ref Utf8JsonReader reader)
    {
        while (_phase != GeoJsonScanPhase.Done)
        {
            var checkpoint = reader;
            if (!Step(ref reader))
            {
                reader = checkpoint;
                return;
            }
        }
    }

    private bool Step(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (_phase)
        {
            case GeoJsonScanPhase.Root:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new InputDataException(_path, "not GeoJSON: the top level is not a JSON object");
                }

                _phase = GeoJsonScanPhase.Members;
                return true;
            case GeoJsonScanPhase.Members:
                return reader.TokenType == JsonTokenType.EndObject ? Finish() : Member(ref reader);
            default:
                return FeatureElement(ref reader);
        }
    }

    private bool Finish()
    {
        _phase = GeoJsonScanPhase.Done;
        return true;
    }

    private bool Member(ref Utf8JsonReader reader)
    {
        var name = reader.GetString();
        if (!reader.Read())
        {
            return false;
        }

        switch (name)
        {
            case "type" when reader.TokenType == JsonTokenType.String:
                _rootType = reader.GetString();
                return true;
            case "features" when reader.TokenType == JsonTokenType.StartArray:
                _phase = GeoJsonScanPhase.Features;
                return true;
            case "crs":
                var probe = reader;
                if (!probe.TrySkip())
                {
                    return false;
                }

                using (var crs = JsonDocument.ParseValue(ref reader))
                {
                    _crs = GeoJsonCrsMember.Read(crs.RootElement, _path);
                }

                return true;
            default:
                return reader.TrySkip();
        }
    }

    private bool FeatureElement(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _phase = GeoJsonScanPhase.Members;
            return true;
        }

        var start = _bufferOffset + reader.TokenStartIndex;
        var after = reader;
        if (!after.TrySkip())
        {
            return false;
        }

        var index = _featureIndex++;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            _issues.Add(Unreadable(index, "it is not a JSON object", start));
        }
        else
        {
            ReadFeature(ref reader, index, start);
        }

        reader = after;
        if (_featureIndex % ProgressEvery == 0)
        {
            _progress?.Invoke(new GeoJsonReadProgress(_bufferOffset + after.BytesConsumed, _fileLength, _features.Count));
        }

        return true;
    }

    private void ReadFeature(ref Utf8JsonReader reader, int index, long start)
    {
        try
        {
            var feature = JsonSerializer.Deserialize<IFeature>(ref reader, GeoJsonFeatures.Options);
            if (feature is null)
            {
                _issues.Add(Unreadable(index, "it is null", start));
                return;
            }

            _features.Add(GeoJsonFeatures.ToSource(index, feature));
        }
        catch (Exception ex) when (GeoJsonFeatures.IsBadContent(ex))
        {
            // The object is syntactically complete (TrySkip passed), so this is a bad feature, not a broken file.
            _issues.Add(Unreadable(index, GeoJsonMessages.Clean(ex.Message), start));
        }
    }

    private DataIssue Unreadable(int index, string why, long start) =>
        new(IssueSeverity.Error, "unreadable-feature", $"unreadable feature: {why} (object at byte {start})")
        {
            File = _path,
            FeatureIndex = index,
        };
}
