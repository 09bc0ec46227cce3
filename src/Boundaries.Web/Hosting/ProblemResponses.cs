using Boundaries.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Boundaries.Web.Hosting;

/// <summary>Turns the exceptions a request can cause into RFC 9457 problem details; anything else is a bug, answered 500 without its stack.</summary>
internal static class ProblemResponses
{
    /// <summary>The exception handler's body.</summary>
    public static async Task Handle(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        var problem = error switch
        {
            PlannerProblem p => Details(p.Status, p.Type, p.Title, p.Message, p.Extensions),
            InputDataException e => Details(StatusCodes.Status400BadRequest, "invalid-input", "Dữ liệu gửi lên không hợp lệ", e.Message),
            Maps.MapFontException e => Details(StatusCodes.Status503ServiceUnavailable, "map-fonts-missing", "Thiếu phông chữ để vẽ bản đồ", e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Details(
                StatusCodes.Status413PayloadTooLarge, "too-large", "Yêu cầu quá lớn", "Nội dung gửi lên vượt giới hạn cho phép."),
            BadHttpRequestException b when IsDate(b) => Details(
                StatusCodes.Status400BadRequest, "invalid-date", "Ngày không hợp lệ",
                $"{(DateText(http) is { Length: > 0 } date ? $"Ngày '{date}'" : "Ngày gửi lên")} không có trên lịch (như 31/02) hoặc không đúng dạng; nhập ngày theo dạng năm-tháng-ngày, ví dụ 2023-06-13."),
            BadHttpRequestException b => Details(b.StatusCode, "bad-request", "Yêu cầu không hợp lệ", FirstLine(b.Message)),
            _ => Details(StatusCodes.Status500InternalServerError, "internal-error", "Lỗi của chương trình", "Đã xảy ra lỗi không mong đợi; xem nhật ký của máy chủ."),
        };

        if (problem.Status == StatusCodes.Status500InternalServerError && error is not null)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Boundaries.Web").LogError(error, "Unhandled error on {Path}", http.Request.Path);
        }

        http.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }

    /// <summary>Gives the problems the framework writes itself (status code pages, a body over the limit) the same kind of type and Vietnamese title.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith(TypePrefix, StringComparison.Ordinal) == true)
        {
            return;
        }

        (string Type, string Title)? known = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("bad-request", "Yêu cầu không hợp lệ"),
            StatusCodes.Status404NotFound => ("not-found", "Không tìm thấy"),
            StatusCodes.Status405MethodNotAllowed => ("method-not-allowed", "Phương thức không được hỗ trợ"),
            StatusCodes.Status413PayloadTooLarge => ("too-large", "Yêu cầu quá lớn"),
            StatusCodes.Status415UnsupportedMediaType => ("unsupported-media-type", "Nội dung phải là JSON"),
            StatusCodes.Status500InternalServerError => ("internal-error", "Lỗi của chương trình"),
            _ => null,
        };
        if (known is { } k)
        {
            problem.Type = TypePrefix + k.Type;
            problem.Title = k.Title;
        }
    }

    private const string TypePrefix = "urn:boundaries:problem:";

    /// <summary>A problem document with a type URI under "urn:boundaries:problem:".</summary>
    public static ProblemDetails Details(int status, string type, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Type = TypePrefix + type, Title = title, Detail = detail };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    // The binder names the parameter's type in its message; a JSON body names it in the inner JsonException.
    private static bool IsDate(BadHttpRequestException e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x.Message.Contains("DateOnly", StringComparison.Ordinal)
                || x is System.Text.Json.JsonException { Path: { } path } && path.EndsWith("date", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string DateText(HttpContext http)
    {
        var text = http.Request.Query["asOf"].FirstOrDefault() ?? "";
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
