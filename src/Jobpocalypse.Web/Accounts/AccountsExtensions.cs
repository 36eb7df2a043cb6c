using Jobpocalypse.Web.AppDatabase;
using Jobpocalypse.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jobpocalypse.Web.Accounts;

public static class AccountsExtensions
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>
    /// ASP.NET Core Identity over the Dapper store, with its cookie; no account lockout (anyone could lock an owner
    /// out): <see cref="SignInThrottle"/> slows guessing per client and email instead; reset links that expire after
    /// 2 hours; mail queued in the app database and sent by <see cref="MailDispatcher"/>, by SMTP or into a folder.
    /// </summary>
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var appData = AppDataFolder.Resolve(builder.Configuration, builder.Environment);
        var securePolicy = builder.Environment.IsLocal() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        // Keys in the app-data folder: sign-in cookies and reset links survive a restart or a new container. On
        // Postgres they are in the shared database instead, so every instance reads what any other signed.
        var dataProtection = services.AddDataProtection().SetApplicationName("Jobpocalypse");
        if (builder.Configuration.GetValue<AppDatabaseProvider>($"{AppDatabaseOptions.SectionName}:Provider") == AppDatabaseProvider.Postgres)
            services.AddOptions<KeyManagementOptions>().Configure<AppDb, TimeProvider>((o, db, time) => o.XmlRepository = new DatabaseXmlRepository(db, time));
        else
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData, "keys")));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddAuthorization();
        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.User.AllowedUserNameCharacters = ""; // the user name is the email; any character it may hold
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = false;
                o.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            })
            .AddUserStore<DapperUserStore>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.ProviderName);
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "jobpocalypse.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = securePolicy;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/status/403";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            o.EventsType = typeof(SessionCookieEvents); // every request checks the stamp: a changed password signs others out at once
        });
        var readerCache = builder.Configuration.GetSection(ReaderCacheOptions.SectionName);
        services.AddOptions<ReaderCacheOptions>().Bind(readerCache)
            // Several instances share a Postgres database, and a write on one forgets nothing on the others: unless a
            // lifetime is configured, every request reads, so the next page anywhere shows a subscription change.
            .PostConfigure<IOptions<AppDatabase.AppDatabaseOptions>>((o, app) =>
            {
                if (app.Value.Provider == AppDatabase.AppDatabaseProvider.Postgres && !readerCache.GetSection("Lifetime").Exists())
                    o.Lifetime = TimeSpan.Zero;
            });
        services.AddSingleton<ReaderRecords>();
        services.AddSingleton<SessionCookieEvents>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SessionTicketCache.Setup>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "jobpocalypse.antiforgery";
            // Secure whenever the request is (behind the TLS proxy, always). "Always" would make every page with a
            // form throw over plain HTTP, a 500 for anyone reaching the app without the proxy.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection(SmtpOptions.SectionName))
            .PostConfigure(o => o.OutboxPath = Path.Combine(appData, "outbox"));
        services.AddSingleton<AccountMailer>();
        services.AddHostedService<OutboxWarning>();

        services.AddOptions<MailOutboxOptions>().Bind(builder.Configuration.GetSection(MailOutboxOptions.SectionName));
        services.AddSingleton<MailOutboxSignal>();
        services.AddSingleton<MailOutbox>();
        services.AddScoped<AccountMailComposer>();
        services.AddHostedService<MailDispatcher>();

        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<AccountGate>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<AddressMailComposer>();
        services.AddScoped<AccountDeletion>();
        services.AddScoped<AccountExport>();
        services.AddScoped<Me.SavedReports>();
        services.AddOptions<AccountDeletionOptions>().Configure(o =>
        {
            // Only the process-kill test sets it; no other environment can pause a deletion.
            if (builder.Environment.IsEnvironment("Testing")) o.PauseBeforeCommitMarker = builder.Configuration["Accounts:DeletionPauseMarker"];
        });
    }
}

/// <summary>Outside Development and tests, says once at start-up that reset emails are going to a folder, not to readers.</summary>
internal sealed class OutboxWarning(Microsoft.Extensions.Options.IOptions<SmtpOptions> options, IHostEnvironment environment,
    ILogger<OutboxWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.UsesOutbox && !environment.IsLocal())
            logger.LogWarning("Smtp:Host is not configured: password reset emails are written to {Outbox}, not sent", options.Value.OutboxPath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
