# Build: restore and publish, then build the reference dataset into the image so the first start serves at once.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Jobpocalypse.Scoring/Jobpocalypse.Scoring.csproj src/Jobpocalypse.Scoring/
COPY src/Jobpocalypse.Dataset/Jobpocalypse.Dataset.csproj src/Jobpocalypse.Dataset/
COPY src/Jobpocalypse.Web/Jobpocalypse.Web.csproj src/Jobpocalypse.Web/
COPY src/Jobpocalypse.Cli/Jobpocalypse.Cli.csproj src/Jobpocalypse.Cli/
RUN dotnet restore src/Jobpocalypse.Cli/Jobpocalypse.Cli.csproj
COPY src/ src/
COPY data/ data/
# The site in /app, the command line (build-dataset, backup-app-db, restore-app-db ...) beside it in /app/cli.
RUN dotnet publish src/Jobpocalypse.Web/Jobpocalypse.Web.csproj -c Release -o /app --no-restore \
 && dotnet publish src/Jobpocalypse.Cli/Jobpocalypse.Cli.csproj -c Release -o /app/cli --no-restore \
 && dotnet /app/cli/Jobpocalypse.Cli.dll build-dataset --data /src/data --out /app/reference/reference.db

# Run: the ASP.NET runtime only, as the image's unprivileged "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY --from=build /src/data ./data
# The reference database is rebuilt beside itself on a dataset refresh, so its folder belongs to the app user;
# user data (accounts, purchases, keys, logs) lives on the /app-data volume.
RUN mkdir -p /app-data && chown -R app:app /app/reference /app-data
USER app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS=http://+:8080 \
    AppData=/app-data \
    Dataset__SourcePath=/app/data \
    Dataset__DatabasePath=/app/reference/reference.db
VOLUME /app-data
EXPOSE 8080
ENTRYPOINT ["dotnet", "Jobpocalypse.Web.dll"]
