using System.Text.Json.Nodes;
using Xunit.Sdk;

namespace AmtzaHaderech.Integrations.Tests.Reports;

/// The comparer the report tests rely on must reject what docs/metrics.md calls a difference.
public sealed class JsonTreeAssertTests
{
    [Theory]
    [InlineData("""{"count":1,"share":0.5}""", """{"count":1,"share":0.50000000000001}""")]
    [InlineData("""{"a":[1,2],"mean":null}""", """{"a":[1,2],"mean":null}""")]
    [InlineData("""{"share":0.0}""", """{"share":0}""")]
    [InlineData("""{"x":{"salaryPerFullPosition":97900}}""", """{"x":{"salaryPerFullPosition":97900.00000000001}}""")]
    public void Equal_SameTreeWithinTolerance_Passes(string expected, string actual) =>
        JsonTreeAssert.Equal(JsonNode.Parse(expected), JsonNode.Parse(actual));

    [Theory]
    [InlineData("""{"a":1,"b":2}""", """{"a":1}""")]
    [InlineData("""{"a":1}""", """{"a":1,"b":2}""")]
    [InlineData("""{"a":1,"b":2}""", """{"b":2,"a":1}""")]
    [InlineData("""{"count":1}""", """{"count":1.0000000001}""")]
    [InlineData("""{"count":3}""", """{"count":3.0}""")]
    [InlineData("""{"share":0.5}""", """{"share":0.5001}""")]
    [InlineData("""{"a":null}""", """{"a":0}""")]
    [InlineData("""{"a":[1]}""", """{"a":[1,1]}""")]
    [InlineData("""{"a":"tlv"}""", """{"a":"ksb"}""")]
    public void Equal_DifferentTree_Fails(string expected, string actual) =>
        Assert.ThrowsAny<XunitException>(() => JsonTreeAssert.Equal(JsonNode.Parse(expected), JsonNode.Parse(actual)));
}
