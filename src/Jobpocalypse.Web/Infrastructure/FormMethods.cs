using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jobpocalypse.Web.Infrastructure;

/// <summary>
/// Pages answer GET, HEAD and POST only. Any other method on a page address (PUT, DELETE, PATCH…) gets 405 with an
/// Allow header before antiforgery or model binding run, and the status page says so in words.
/// </summary>
public static class FormMethods
{
    public const string Allowed = "GET, HEAD, POST";

    public static void UseFormMethods(this WebApplication app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method)) return next(context);
            if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null) return next(context);
            // The error pages themselves render for whatever method was re-executed to them.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
                return next(context);
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = Allowed;
            return Task.CompletedTask;
        });
}
