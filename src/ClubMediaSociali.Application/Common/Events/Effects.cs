using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace ClubMediaSociali.Application.Common.Events;

/// <summary>Every <see cref="IEffect{TEvent}"/> of the Application, found once at start-up, by the event it follows.</summary>
public sealed class Effects
{
    private readonly Dictionary<Type, IReadOnlyList<Effect>> _byEvent;

    private Effects(IEnumerable<Type> types) =>
        _byEvent = types
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEffect<>))
                .Select(i => new Effect(t, i.GetGenericArguments()[0])))
            .GroupBy(e => e.Event)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Effect>)[.. g.OrderBy(e => e.Name, StringComparer.Ordinal)]);

    public static Effects Of(params Assembly[] assemblies) =>
        new(assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }));

    public IReadOnlyList<Effect> For(Type eventType) => _byEvent.GetValueOrDefault(eventType) ?? [];

    public IEnumerable<Effect> All => _byEvent.Values.SelectMany(e => e);

    /// <summary>Registers every effect as a scoped service of its own type, and this list.</summary>
    public IServiceCollection Register(IServiceCollection services)
    {
        foreach (var effect in All.Select(e => e.Type).Distinct())
        {
            services.AddScoped(effect);
        }

        return services.AddSingleton(this);
    }

    /// <summary>One effect of one kind of event; <see cref="Name"/> is what the outbox records once it has run.</summary>
    public sealed class Effect(Type type, Type eventType)
    {
        private static readonly MethodInfo RunMethod = typeof(Effect).GetMethod(nameof(RunTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly Func<object, IDomainEvent, CancellationToken, Task> _run =
            RunMethod.MakeGenericMethod(eventType).CreateDelegate<Func<object, IDomainEvent, CancellationToken, Task>>();

        public Type Type { get; } = type;

        public Type Event { get; } = eventType;

        public string Name { get; } = type.Name;

        public Task RunAsync(IServiceProvider services, IDomainEvent domainEvent, CancellationToken cancellationToken) =>
            _run(services.GetRequiredService(Type), domainEvent, cancellationToken);

        private static Task RunTyped<TEvent>(object effect, IDomainEvent domainEvent, CancellationToken cancellationToken)
            where TEvent : IDomainEvent =>
            ((IEffect<TEvent>)effect).RunAsync((TEvent)domainEvent, cancellationToken);
    }
}
