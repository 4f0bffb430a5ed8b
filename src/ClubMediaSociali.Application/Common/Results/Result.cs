namespace ClubMediaSociali.Application.Common.Results;

/// <summary>What kind of "no" an error is; the web layer turns each kind into one status and one page.</summary>
public enum ErrorKind
{
    /// <summary>The item does not exist, or the member may not even know that it does (404).</summary>
    NotFound,

    /// <summary>The item exists and the member may see it, but not do this with it (403).</summary>
    Forbidden,

    /// <summary>The item's state does not allow it now: already done, closed, changed meanwhile (409).</summary>
    Conflict,

    /// <summary>A limit of the Club's rules was reached: try again later (429).</summary>
    TooMany,

    /// <summary>The input is refused for a reason only the use case can see; <see cref="Error.Field"/> says where (the form again).</summary>
    Invalid,
}

/// <summary>
/// An expected reason why a use case did not do what was asked (not found, already done, not allowed).
/// <see cref="Code"/> is stable and machine-readable; <see cref="Field"/> names the form field it
/// belongs to, and <see cref="Message"/> carries already-localized text when the use case has it
/// (for example why a password was refused).
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string? Field = null, string? Message = null)
{
    public static Error NotFound(string code) => new(ErrorKind.NotFound, code);

    public static Error Forbidden(string code) => new(ErrorKind.Forbidden, code);

    public static Error Conflict(string code) => new(ErrorKind.Conflict, code);

    public static Error TooMany(string code) => new(ErrorKind.TooMany, code);

    public static Error Invalid(string code, string? field = null, string? message = null) => new(ErrorKind.Invalid, code, field, message);
}

/// <summary>Any <see cref="Result{T}"/>, for the pipeline behaviours that only ask whether it failed.</summary>
public interface IResult
{
    bool IsSuccess { get; }
}

/// <summary>The outcome of a use case that can fail in an expected way.</summary>
public sealed class Result<T> : IResult
{
    private readonly T? _value;

    internal Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The result failed with '{Error!.Code}' and has no value.");

    public TOut Match<TOut>(Func<T, TOut> onSuccess, Func<Error, TOut> onFailure) =>
        IsSuccess ? onSuccess(_value!) : onFailure(Error!);

    // Handlers can return either a value or an error directly.
#pragma warning disable CA2225 // Named alternatives exist: Result.Success and Result.Failure.
    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
#pragma warning restore CA2225
}

public static class Result
{
    public static Result<T> Success<T>(T value) => new(value, null);

    public static Result<T> Failure<T>(Error error) => new(default, error);
}
