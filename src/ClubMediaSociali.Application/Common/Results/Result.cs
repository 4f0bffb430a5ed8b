namespace ClubMediaSociali.Application.Common.Results;

/// <summary>
/// An expected reason why a use case did not do what was asked (not found, already done, not allowed).
/// <see cref="Code"/> is stable and machine-readable; <see cref="Field"/> names the form field it
/// belongs to, and <see cref="Message"/> carries already-localized text when the use case has it
/// (for example why a password was refused).
/// </summary>
public sealed record Error(string Code, string? Field = null, string? Message = null);

/// <summary>The outcome of a use case that can fail in an expected way.</summary>
public sealed class Result<T>
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
