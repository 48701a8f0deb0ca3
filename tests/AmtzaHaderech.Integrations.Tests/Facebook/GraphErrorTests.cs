using AmtzaHaderech.Integrations.Facebook.Graph;

namespace AmtzaHaderech.Integrations.Tests.Facebook;

public sealed class GraphErrorTests
{
    [Theory]
    [InlineData(400, 4, GraphErrorKind.RateLimited)]
    [InlineData(400, 17, GraphErrorKind.RateLimited)]
    [InlineData(400, 32, GraphErrorKind.RateLimited)]
    [InlineData(400, 613, GraphErrorKind.RateLimited)]
    [InlineData(400, 80005, GraphErrorKind.RateLimited)]
    [InlineData(429, null, GraphErrorKind.RateLimited)]
    [InlineData(401, 190, GraphErrorKind.TokenRefused)]
    [InlineData(400, 190, GraphErrorKind.TokenRefused)]
    [InlineData(400, 100, GraphErrorKind.NotFound)]
    [InlineData(500, null, GraphErrorKind.Transient)]
    [InlineData(503, 2, GraphErrorKind.Transient)]
    [InlineData(0, null, GraphErrorKind.Transient)]
    [InlineData(403, 10, GraphErrorKind.Other)]
    public void Kind_ByStatusAndCode_IsWhatTheContractSays(int status, int? code, GraphErrorKind kind)
    {
        var body = code is null ? "<html>bad gateway</html>" : $$$"""{"error":{"message":"m","type":"OAuthException","code":{{{code}}},"error_subcode":33,"fbtrace_id":"T1"}}""";

        Assert.Equal(kind, GraphError.Parse(status, body, null).Kind);
    }

    [Fact]
    public void Parse_GraphError_KeepsCodesAndTraceButNotTheMessage()
    {
        var error = GraphError.Parse(400, """{"error":{"message":"Object with ID 'x' by noa@example.org","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"AbC"}}""", null);

        Assert.Equal((100, 33, "GraphMethodException", "AbC"), (error.Code, error.Subcode, error.Type, error.TraceId));
        Assert.DoesNotContain("noa", error.ToString());
    }

    [Fact]
    public void Parse_TransientFlag_IsTransient() =>
        Assert.Equal(GraphErrorKind.Transient, GraphError.Parse(400, """{"error":{"code":9999,"is_transient":true}}""", null).Kind);

    [Theory]
    [InlineData("""{"111":[{"type":"leadgen","call_count":100,"estimated_time_to_regain_access":5}]}""", 5)]
    [InlineData("""{"111":[{"type":"leadgen","estimated_time_to_regain_access":0}],"222":[{"type":"pages","estimated_time_to_regain_access":12}]}""", 12)]
    [InlineData("""{"111":[{"type":"leadgen","estimated_time_to_regain_access":0}]}""", null)]
    [InlineData("not json", null)]
    public void RegainAccessIn_UsageHeader_IsTheLongestWait(string header, int? minutes) =>
        Assert.Equal(minutes is null ? null : TimeSpan.FromMinutes(minutes.Value), UsageHeaders.RegainAccessIn(header));
}
