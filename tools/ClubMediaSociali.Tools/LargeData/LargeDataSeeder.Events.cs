using ClubMediaSociali.Application.Domain.Events;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Features.Events;
using Npgsql;

namespace ClubMediaSociali.Tools.LargeData;

public sealed partial class LargeDataSeeder
{
    /// <summary>The upcoming events the bench's member (the last one) is registered for.</summary>
    private const int BenchMemberEvents = 12;

    private static readonly string[] EventOpenings =
        ["Incontro su", "Webinar:", "Workshop pratico:", "Aperitivo e confronto su", "Mattinata dedicata a", "Due ore su"];

    /// <summary>
    /// <see cref="LargeDataSize.Events"/> events over the last two years and the next six months, in the evening on Rome's
    /// clock: a third online, the rest in a region; half with a capacity; one in fifty cancelled; organised by the Club
    /// (its first member) or by well-known members, with up to two speakers. About ten registrations each (more for the
    /// known organisers), seats given in order and the rest waiting where full; arrivals marked at most past events.
    /// The counters (registered, waiting, last number) are those of the rows written, as the application keeps them.
    /// </summary>
    private async Task SeedEventsAsync(
        NpgsqlConnection connection, LargeDataSize size, List<Member> members, int[] roleIds, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var regions = Enum.GetValues<ItalianRegion>();
        var kinds = Enum.GetValues<EventKind>();
        var seed = random.Next();
        var bench = members[^1];

        IEnumerable<(Event Event, List<EventRegistration> Registrations)> All()
        {
            var draw = new Random(seed);
            var benchLeft = BenchMemberEvents;
            for (var i = 0; i < size.Events; i++)
            {
                var day = now.AddDays(-730 + draw.Next(910));
                var local = new DateTime(day.Year, day.Month, day.Day, 17 + draw.Next(3), draw.Next(2) * 30, 0);
                var starts = EventTimes.ToInstant(local, Event.DefaultTimeZone) ?? day;
                var fair = draw.Next(20) == 0;
                var online = !fair && draw.Next(3) == 0;
                var organiser = draw.Next(4) == 0 ? members[0] : members[(int)(members.Count * Math.Pow(draw.NextDouble(), 2))];
                var topic = Topics[draw.Next(Topics.Length)];
                var capacity = draw.Next(2) == 0 ? (int?)null : 20 + draw.Next(181);
                var e = new Event
                {
                    Id = Version7(starts.AddDays(-20), draw),
                    OrganizedBy = organiser == members[0] ? EventOrganizer.Club : EventOrganizer.Member,
                    CreatedById = organiser.Id,
                    Kind = fair ? EventKind.Fair : online ? EventKind.Webinar : kinds[draw.Next(kinds.Length)],
                    Title = $"{EventOpenings[draw.Next(EventOpenings.Length)]} {topic} per {Audiences[draw.Next(Audiences.Length)]}",
                    DescriptionMarkdown = Paragraphs[draw.Next(Paragraphs.Length)] + "\n\n" + Paragraphs[draw.Next(Paragraphs.Length)],
                    StartsAt = starts,
                    EndsAt = fair ? starts.AddDays(2) : starts.AddHours(2),
                    Online = online,
                    OnlineUrl = online ? $"https://meet.example.org/club-{i}" : null,
                    Venue = online ? null : "Sala incontri",
                    City = online ? null : "Città",
                    Region = online ? null : regions[draw.Next(regions.Length)],
                    Capacity = capacity,
                    RoleIds = [.. Enumerable.Range(0, 1 + draw.Next(2)).Select(_ => roleIds[draw.Next(roleIds.Length)]).Distinct().Order()],
                    Tags = [.. Enumerable.Range(0, 1 + draw.Next(3)).Select(_ => Tags[draw.Next(Tags.Length)]).Distinct()],
                    SpeakerIds = [.. Enumerable.Range(0, draw.Next(3)).Select(_ => members[draw.Next(members.Count)].Id).Distinct()],
                    Status = draw.Next(50) == 0 ? EventStatus.Cancelled : EventStatus.Scheduled,
                    CreatedAt = starts.AddDays(-20),
                    UpdatedAt = starts.AddDays(-20),
                };
                e.DescriptionHtml = markdown.ToSafeHtml(e.DescriptionMarkdown);
                if (e.Status == EventStatus.Cancelled)
                {
                    e.CancelledAt = starts.AddDays(-2);
                }

                var wanted = (int)(-10 * Math.Log(1 - draw.NextDouble())) + (organiser == members[0] ? 10 : 0);
                var people = new HashSet<Member>();
                if (benchLeft > 0 && starts > now && e.Status == EventStatus.Scheduled && draw.Next(50) == 0)
                {
                    people.Add(bench);
                    benchLeft--;
                }

                while (people.Count < Math.Min(wanted, members.Count - 1))
                {
                    people.Add(members[draw.Next(members.Count - 1)]);
                }

                var registrations = new List<EventRegistration>(people.Count);
                foreach (var person in people.Where(p => p.Id != organiser.Id))
                {
                    var number = registrations.Count + 1;
                    var seated = capacity is not { } c || number <= c;
                    registrations.Add(new EventRegistration
                    {
                        EventId = e.Id,
                        MemberId = person.Id,
                        Status = seated ? RegistrationStatus.Registered : RegistrationStatus.Waiting,
                        Number = number,
                        ShowMe = draw.Next(3) == 0,
                        RegisteredAt = e.CreatedAt.AddHours(number),
                        CheckedInAt = seated && !online && e.EndsAt < now && draw.Next(10) < 7 ? starts : null,
                    });
                }

                e.RegisteredCount = registrations.Count(r => r.Status == RegistrationStatus.Registered);
                e.WaitingCount = registrations.Count - e.RegisteredCount;
                e.LastNumber = registrations.Count;
                yield return (e, registrations);
            }
        }

        await BulkCopy.WriteAsync(db, connection, All().Select(a => a.Event), cancellationToken);
        await BulkCopy.WriteAsync(db, connection, All().SelectMany(a => a.Registrations), cancellationToken);
    }
}
