namespace ClubMediaSociali.Application.Common.Behaviors;

/// <summary>The groups of public pages a visitor may be served from the page cache.</summary>
[Flags]
public enum PublicPages
{
    None = 0,
    Home = 1,
    Ideas = 2,
    Practices = 4,
    Opportunities = 8,
    Companies = 16,
    Members = 32,
    Events = 64,

    /// <summary>Every cached page: for what shows everywhere (a member's name, a professional role).</summary>
    Everything = 1 << 30,
}

/// <summary>
/// The public pages a command may change: once it has committed, the web layer drops them from the page
/// cache on every instance, so visitors see the change at once. Every command declares this or
/// <see cref="ChangesNoPublicPageAttribute"/> (an architecture test checks it).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChangesPagesAttribute(PublicPages pages) : Attribute
{
    public PublicPages Pages { get; } = pages;
}

/// <summary>Declares that a command changes nothing a visitor sees, and says why.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ChangesNoPublicPageAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
