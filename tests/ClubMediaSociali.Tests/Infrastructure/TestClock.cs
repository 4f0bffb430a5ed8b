namespace ClubMediaSociali.Tests.Infrastructure;

/// <summary>A clock a test moves by hand; it starts at the real time so cookies and tokens stay valid.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
