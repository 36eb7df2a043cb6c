using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("Jobpocalypse.Web.Tests.Infrastructure.Postgres.ProviderTestFramework", "Jobpocalypse.Web.Tests")]

namespace Jobpocalypse.Web.Tests.Infrastructure.Postgres;

/// <summary>Marks the Postgres twin of a test class: its tests are skipped, with the install step, where PostgreSQL is missing.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OnPostgresAttribute : Attribute;

/// <summary>
/// xunit 2 decides skips when tests are discovered, from the test method's attribute, and the twins inherit their
/// base class's plain [Fact]s. This discoverer reports each test of an <see cref="OnPostgresAttribute"/> class as
/// skipped when <see cref="PostgresCluster.SkipReason"/> says so, and discovers everything else as xunit does.
/// </summary>
public sealed class ProviderTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, source, sink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus,
            ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (PostgresCluster.SkipReason is { } reason
                && testMethod.TestClass.Class.GetCustomAttributes(typeof(OnPostgresAttribute).AssemblyQualifiedName).Any()
                && testMethod.Method.GetCustomAttributes(typeof(FactAttribute).AssemblyQualifiedName).Any())
            {
                var skipped = new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                    discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
                return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
            }
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }
    }
}
