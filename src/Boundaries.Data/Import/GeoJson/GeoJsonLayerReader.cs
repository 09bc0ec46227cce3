using System.Buffers;
using Boundaries.Data.Import.Layers;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>Reads a GeoJSON file feature by feature from a FileStream, so that a national layer never sits in memory as one string or one buffer.</summary>
/// <remarks>
/// The top level is scanned with a resumable <see cref="Utf8JsonReader"/>; each feature is read token by token by
/// <see cref="GeoJsonFeatureParser"/>, coordinates straight into arrays, and started again when the buffer ends
/// inside it. The legacy "crs" member is honoured wherever it stands; without it RFC 7946 §4 says the coordinates
/// are WGS 84 lon/lat. The import and the benchmark read through this one reader.
/// </remarks>
internal sealed class GeoJsonLayerReader
{
    private const int InitialBufferBytes = 1 << 20;
    private const int ProgressEvery = 256;
    private readonly string _path;
    private readonly int _bufferBytes;
    private readonly Action<GeoJsonReadProgress>? _progress;
    private readonly GeoJsonFeatureParser _parser;
    private readonly Action<SourceFeature> _each;
    private readonly List<SourceFeature> _features = [];
    private readonly List<DataIssue> _issues = [];
    private GeoJsonScanPhase _phase = GeoJsonScanPhase.Root;
    private string? _rootType;
    private DeclaredCrs? _crs;
    private long _bufferOffset;
    private long _fileLength;
    private int _featureIndex;
    private int _featuresRead;

    private GeoJsonLayerReader(string path, int bufferBytes, GeoJsonReadOptions options, Action<SourceFeature>? each, Action<GeoJsonReadProgress>? progress)
    {
        _path = path;
        _bufferBytes = bufferBytes;
        _progress = progress;
        _parser = new GeoJsonFeatureParser(options);
        _each = each ?? _features.Add;
    }

    /// <summary>Reads every feature; throws <see cref="InputDataException"/> naming the byte where a broken file stops making sense.</summary>
    public static SourceLayer Read(string path, Action<GeoJsonReadProgress>? progress = null) =>
        Read(path, InitialBufferBytes, progress);

    /// <summary>Reads with a given initial buffer size (tests use a small one to cross many buffer boundaries).</summary>
    internal static SourceLayer Read(string path, int bufferBytes, Action<GeoJsonReadProgress>? progress) =>
        Run(path, bufferBytes, GeoJsonReadOptions.Import, null, progress);

    /// <summary>Reads every feature with other options (the benchmark keeps a few properties and packed lon/lat geometries).</summary>
    public static SourceLayer Read(string path, GeoJsonReadOptions options) =>
        Run(path, InitialBufferBytes, options, null, null);

    /// <summary>Hands each feature over as soon as it is read and keeps none (the layer returned has no features, only its CRS and issues).</summary>
    public static SourceLayer ReadEach(string path, GeoJsonReadOptions options, Action<SourceFeature> each) =>
        Run(path, InitialBufferBytes, options, each, null);

    private static SourceLayer Run(string path, int bufferBytes, GeoJsonReadOptions options, Action<SourceFeature>? each, Action<GeoJsonReadProgress>? progress)
    {
        if (!File.Exists(path))
        {
            throw new InputDataException(path, "file not found");
        }

        return new GeoJsonLayerReader(path, bufferBytes, options, each, progress).ReadAll();
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
            ReadSingleObject();
        }
        else if (_rootType != "FeatureCollection")
        {
            throw new InputDataException(_path, _rootType is null
                ? "not GeoJSON: the top-level object has no \"type\""
                : $"not GeoJSON: unknown top-level type \"{_rootType}\"");
        }

        _progress?.Invoke(new GeoJsonReadProgress(_fileLength, _fileLength, _featuresRead));
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
        var index = _featureIndex;
        var objectStart = reader;
        try
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                if (!reader.TrySkip())
                {
                    return false;
                }

                _issues.Add(Unreadable(index, "it is not a JSON object", start));
            }
            else
            {
                if (!_parser.TryParse(ref reader, index, out var feature))
                {
                    return false;
                }

                Add(feature!);
            }
        }
        catch (Exception ex) when (ex is GeoJsonContentException or FormatException or InvalidOperationException)
        {
            // Well-formed JSON that is not a feature: skip the object (a syntax error in it still breaks the file).
            reader = objectStart;
            if (!reader.TrySkip())
            {
                return false;
            }

            _issues.Add(Unreadable(index, GeoJsonMessages.Clean(ex.Message), start));
        }

        _featureIndex++;
        if (_featureIndex % ProgressEvery == 0)
        {
            _progress?.Invoke(new GeoJsonReadProgress(_bufferOffset + reader.BytesConsumed, _fileLength, _featuresRead));
        }

        return true;
    }

    private void Add(SourceFeature feature)
    {
        _featuresRead++;
        _each(feature);
    }

    /// <summary>Reads a file whose top level is one Feature or one geometry (small by nature, so read whole).</summary>
    private void ReadSingleObject()
    {
        var bytes = CompressedFile.IsGzip(_path) ? CompressedFile.ReadAllBytes(_path) : File.ReadAllBytes(_path);
        var reader = new Utf8JsonReader(bytes.AsSpan(JsonErrorPosition.Bom(bytes)), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        reader.Read();
        try
        {
            if (_rootType == "Feature")
            {
                _parser.TryParse(ref reader, 0, out var feature);
                Add(feature!);
            }
            else if (_parser.Geometry.TryParse(ref reader, out var geometry) && geometry is not null)
            {
                Add(new SourceFeature(0, geometry, new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)));
            }
        }
        catch (Exception ex) when (ex is GeoJsonContentException or FormatException or InvalidOperationException)
        {
            throw new InputDataException(_path, $"not valid GeoJSON: {GeoJsonMessages.Clean(ex.Message)}", ex);
        }
    }

    private DataIssue Unreadable(int index, string why, long start) =>
        new(IssueSeverity.Error, "unreadable-feature", $"unreadable feature: {why} (object at byte {start})")
        {
            File = _path,
            FeatureIndex = index,
        };
}
