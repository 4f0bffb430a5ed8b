using ClubMediaSociali.Application.Domain.Comments;
using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Media;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Notifications;
using ClubMediaSociali.Application.Domain.Opportunities;
using ClubMediaSociali.Application.Features.AccountSettings;
using ClubMediaSociali.Web.Features.Companies;
using ClubMediaSociali.Web.Features.Ideas;
using ClubMediaSociali.Web.Features.Members;
using ClubMediaSociali.Web.Features.Notifications;
using ClubMediaSociali.Web.Features.Opportunities;
using ClubMediaSociali.Web.Features.Repertoire;
using ClubMediaSociali.Web.Features.Reputation;
using Microsoft.Extensions.Localization;

namespace ClubMediaSociali.Web.Features.AccountSettings;

/// <summary>
/// The member's data as the JSON file they download: every section of <see cref="MemberDataExport"/>, each
/// stored code written as a label in the reader's language ("Selezionata", not "Selected" or 2).
/// </summary>
public static class DataExportDocument
{
    /// <summary>The data's name inside the archive.</summary>
    public const string DataEntry = "dati.json";

    public static object From(MemberDataExport e, IStringLocalizer text) => new
    {
        e.ExportedAt,
        e.Account,
        Profile = new
        {
            e.Profile.DisplayName,
            e.Profile.Handle,
            e.Profile.Headline,
            e.Profile.Bio,
            e.Profile.PrimaryRole,
            e.Profile.SecondaryRoles,
            e.Profile.CompanyName,
            e.Profile.City,
            Region = e.Profile.Region is { } region ? RegionNames.Of(region) : null,
            e.Profile.Channels,
            e.Profile.Skills,
            e.Profile.OffersTags,
            e.Profile.OffersText,
            e.Profile.SeeksTags,
            e.Profile.SeeksText,
            Visibility = e.Profile.Visibility == ProfileVisibility.Everyone ? text["Visibile a tutti"].Value : text["Visibile solo ai membri del Club"].Value,
            e.Profile.ShowEmailToContacts,
        },
        Preferences = new
        {
            Digest = e.Preferences.Digest switch
            {
                DigestFrequency.Daily => text["Ogni giorno"].Value,
                DigestFrequency.Weekly => text["Ogni settimana"].Value,
                _ => text["Non inviarmelo"].Value,
            },
            Contacts = e.Preferences.Contacts switch
            {
                ContactsVisibility.Everyone => text["Tutti"].Value,
                ContactsVisibility.Members => text["I membri del Club"].Value,
                ContactsVisibility.Contacts => text["Solo i miei contatti"].Value,
                _ => text["Solo io"].Value,
            },
            Messages = e.Preferences.Messages switch
            {
                Application.Domain.Conversations.MessagePolicy.Everyone => text["Tutti i membri"].Value,
                Application.Domain.Conversations.MessagePolicy.ContactsOnly => text["Solo i miei contatti"].Value,
                Application.Domain.Conversations.MessagePolicy.Nobody => text["Nessuno"].Value,
                _ => text["I miei contatti e i membri da livello «membro»"].Value,
            },
            MessageMail = e.Preferences.MessageMail ? text["Mandami un'email"].Value : text["Non mandarmi email per i messaggi"].Value,
            Notifications = e.Preferences.Notifications.Select(n => new
            {
                Category = NotificationTexts.Category(text, n.Category),
                Channel = n.Channel switch
                {
                    NotificationChannel.InSite => text["Nel sito"].Value,
                    NotificationChannel.Email => text["Nel sito e per email"].Value,
                    _ => text["Mai"].Value,
                },
            }),
        },
        Consents = e.Consents.Select(c => new
        {
            Kind = c.Kind switch
            {
                ConsentKind.Terms => text["Condizioni d'uso"].Value,
                ConsentKind.Privacy => text["Informativa sulla privacy"].Value,
                _ => text["Riepilogo per email"].Value,
            },
            c.Version,
            c.Granted,
            c.RecordedAt,
        }),
        e.StaffRoles,
        e.Newsletter,
        Ideas = e.Ideas.Select(i => new { i.Id, i.Title, i.Body, i.Tags, Status = IdeaTexts.Status(text, i.Status), i.CreatedAt, i.UpdatedAt }),
        Votes = e.Votes.Select(v => new { v.IdeaId, v.IdeaTitle, Vote = v.Value > 0 ? text["A favore"].Value : text["Contro"].Value, v.At }),
        e.FollowedIdeas,
        Blocks = e.Blocks.Select(b => new
        {
            b.Handle,
            Kind = b.Kind == Application.Domain.Network.BlockKind.Block ? text["Bloccato"].Value : text["Silenziato"].Value,
            b.At,
        }),
        Follows = e.Follows.Select(f => new
        {
            Kind = f.Kind switch
            {
                Application.Domain.Network.FollowKind.Member => text["Membro"].Value,
                Application.Domain.Network.FollowKind.Company => text["Azienda"].Value,
                Application.Domain.Network.FollowKind.Tag => text["Parola chiave"].Value,
                _ => text["Ruolo professionale"].Value,
            },
            f.Name,
            f.At,
        }),
        Decisions = e.Decisions.Select(d => new { d.IdeaId, d.IdeaTitle, From = IdeaTexts.Status(text, d.From), To = IdeaTexts.Status(text, d.To), d.Reason, d.At }),
        Comments = e.Comments.Select(c => new
        {
            c.Id,
            On = c.ThreadKind switch
            {
                CommentThreadKind.Practice => text["Pratica"].Value,
                CommentThreadKind.Idea => text["Idea"].Value,
                CommentThreadKind.Decision => text["Decisione"].Value,
                CommentThreadKind.Event => text["Evento"].Value,
                _ => text["Opportunità"].Value,
            },
            c.ThreadId,
            c.Body,
            Status = c.Status switch
            {
                CommentStatus.Visible => text["Visibile"].Value,
                CommentStatus.Held => text["In attesa di un moderatore"].Value,
                CommentStatus.Hidden => text["Nascosto dopo le segnalazioni"].Value,
                CommentStatus.Removed => text["Rimosso da un moderatore"].Value,
                _ => text["Eliminato da te"].Value,
            },
            c.CreatedAt,
            c.EditedAt,
        }),
        e.CommentFlags,
        Practices = e.Practices.Select(p => new
        {
            p.Id,
            p.Title,
            Kind = PracticeTexts.Kind(text, p.Kind),
            Status = PracticeTexts.Status(text, p.Status),
            p.Summary,
            p.Body,
            p.CreatedAt,
            p.PublishedAt,
        }),
        PracticeRevisions = e.PracticeRevisions.Select(r => new { r.PracticeId, r.Number, r.Title, Status = PracticeTexts.RevisionStatus(text, r.Status), r.CreatedAt }),
        e.UsefulMarks,
        Saved = e.Saved.Select(s => new { Kind = Home.SavedTexts.Kind(text, s.Kind), s.Id, s.Title, s.At }),
        e.MethodProgress,
        e.PathProgress,
        Connections = e.Connections.Select(c => new
        {
            c.OtherName,
            c.OtherHandle,
            Status = c.Status switch
            {
                ConnectionStatus.Accepted => text["Contatto"].Value,
                ConnectionStatus.Pending => text["Richiesta in attesa"].Value,
                _ => text["Richiesta rifiutata"].Value,
            },
            c.RequestedByMe,
            c.Message,
            c.RequestedAt,
            c.AnsweredAt,
        }),
        Companies = e.Companies.Select(c => new
        {
            c.CompanyName,
            c.CompanySlug,
            Status = c.Status switch
            {
                CompanyMemberStatus.Representative => text["Rappresentante"].Value,
                CompanyMemberStatus.Requested => text["Richiesta in attesa"].Value,
                _ => text["Richiesta rifiutata"].Value,
            },
            c.RequestedAt,
            c.DecidedAt,
        }),
        Opportunities = e.Opportunities.Select(o => new
        {
            o.Id,
            o.Title,
            Kind = OpportunityTexts.Kind(text, o.Kind),
            Status = o.Status switch
            {
                OpportunityStatus.Draft => text["Bozza"].Value,
                OpportunityStatus.Open => text["Aperta"].Value,
                _ => text["Chiusa"].Value,
            },
            o.Description,
            o.CreatedAt,
        }),
        Responses = e.Responses.Select(r => new { r.OpportunityId, r.OpportunityTitle, r.Message, Status = OpportunityTexts.Response(text, r.Status), r.CreatedAt, r.UpdatedAt }),
        Notifications = e.Notifications.Select(n => new { Text = NotificationTexts.Describe(text, n.Kind, n.Subject, n.State), n.CreatedAt, n.ReadAt }),
        Reputation = e.Reputation.Select(r => new { Reason = ReputationTexts.Reason(text, r.Reason), r.Points, r.At }),
        Badges = e.Badges.Select(b => new { Badge = ReputationTexts.BadgeName(text, b.Key), b.AwardedAt }),
        e.Conversations,
        e.Messages,
        e.MessageReports,
        Events = e.Events.Select(ev => new
        {
            ev.Id,
            ev.Title,
            Organizer = ev.OrganizedBy switch
            {
                Application.Domain.Events.EventOrganizer.Club => text["Club dei media sociali"].Value,
                Application.Domain.Events.EventOrganizer.Company => text["Un'organizzazione che rappresenti"].Value,
                _ => text["Tu"].Value,
            },
            ev.StartsAt,
            ev.EndsAt,
            ev.TimeZone,
            Status = ev.Status == Application.Domain.Events.EventStatus.Cancelled ? text["Annullato"].Value : text["In programma o svolto"].Value,
        }),
        EventRegistrations = e.EventRegistrations.Select(r => new
        {
            r.EventId,
            r.EventTitle,
            Status = r.Status switch
            {
                Application.Domain.Events.RegistrationStatus.Registered => text["Iscritto"].Value,
                Application.Domain.Events.RegistrationStatus.Waiting => text["In lista d'attesa"].Value,
                _ => text["Iscrizione annullata"].Value,
            },
            r.Answer,
            r.ShowMe,
            r.RegisteredAt,
            r.PromotedAt,
            r.CancelledAt,
            r.CheckedInAt,
        }),
        e.SignIn,
        e.Moderation,
        e.Appeals,
        Files = e.Files.Select(f => new
        {
            Path = ArchivePath(f),
            Purpose = f.Purpose switch
            {
                UploadPurpose.Photo => text["Foto del profilo"].Value,
                UploadPurpose.Logo => text["Logo"].Value,
                UploadPurpose.ContentImage => text["Immagine in un testo"].Value,
                UploadPurpose.Attachment => text["Allegato"].Value,
                UploadPurpose.ResponseCv => text["Curriculum inviato con una risposta"].Value,
                _ => text["File inviato in un messaggio"].Value,
            },
            f.FileName,
            f.ContentType,
            f.Length,
            f.CreatedAt,
        }),
    };

    /// <summary>Where a file sits in the export's archive: its id, and its own name or its kind with the stored format.</summary>
    public static string ArchivePath(ExportedFile file)
    {
        var name = file.Variant == Application.Domain.Media.StoredFile.Original && file.FileName.Length > 0
            ? file.FileName
            : $"{file.Purpose.ToString().ToLowerInvariant()}{Path.GetExtension(file.Variant)}";
        return $"file/{file.Id:N}-{name}";
    }
}
