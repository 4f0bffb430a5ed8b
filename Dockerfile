# syntax=docker/dockerfile:1
# Multi-stage build of the Club dei media sociali: the SDK image builds (with Node.js for the
# front-end libraries), the small ASP.NET runtime image runs it as a non-root user.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# Restore first, so the layers with packages are reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ClubMediaSociali.sln ./
COPY src/ClubMediaSociali.Application/ClubMediaSociali.Application.csproj src/ClubMediaSociali.Application/
COPY src/ClubMediaSociali.Web/ClubMediaSociali.Web.csproj src/ClubMediaSociali.Web/package.json src/ClubMediaSociali.Web/package-lock.json src/ClubMediaSociali.Web/
RUN dotnet restore src/ClubMediaSociali.Web/ClubMediaSociali.Web.csproj

COPY src/ src/
# The build runs `npm ci` and copies Bootstrap and htmx into wwwroot/lib; publish then includes them.
RUN dotnet build src/ClubMediaSociali.Web/ClubMediaSociali.Web.csproj -c Release --no-restore \
    && dotnet publish src/ClubMediaSociali.Web/ClubMediaSociali.Web.csproj -c Release --no-restore --no-build -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# Events keep their IANA time zone (Europe/Rome): .NET reads the zones' rules from the system's tzdata.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's built-in unprivileged user.
USER $APP_UID
ENTRYPOINT ["dotnet", "ClubMediaSociali.Web.dll"]
