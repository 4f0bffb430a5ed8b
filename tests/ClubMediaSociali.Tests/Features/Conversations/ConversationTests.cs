using ClubMediaSociali.Application.Domain.Companies;
using ClubMediaSociali.Application.Domain.Connections;
using ClubMediaSociali.Application.Domain.Conversations;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Network;
using ClubMediaSociali.Application.Features.Conversations;
using ClubMediaSociali.Application.Features.Following;
using ClubMediaSociali.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClubMediaSociali.Tests.Features.Conversations;

public sealed class ConversationTests(ClubFixture fixture) : ClubTest(fixture)
{
    private Task<Application.Common.Results.Result<Guid>> WriteAsync(Member from, string to, string body = "Ciao, ci sentiamo?") =>
        Fixture.As(from).SendAsync(new StartConversation { Recipients = to, Body = body });

    private async Task SetPolicyAsync(Member member, MessagePolicy policy) =>
        await Fixture.QueryDbAsync(db => db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.MessagePolicy, policy)));

    [Fact]
    public async Task Who_may_start_a_conversation_follows_the_recipients_setting_contacts_and_blocks()
    {
        var newcomer = await Fixture.CreateMemberAsync("Nico Nuovo");
        var trusted = await Fixture.CreateMemberAsync("Tina Fidata");
        await Fixture.TrustAsync(trusted);
        var contact = await Fixture.CreateMemberAsync("Carla Contatto");
        var recipient = await Fixture.CreateMemberAsync("Rita Destinataria");
        var connection = Connection.Request(contact.Id, recipient.Id, null, DateTimeOffset.UtcNow);
        connection.Answer(accept: true, DateTimeOffset.UtcNow);
        await Fixture.InsertAsync(connection);

        // The default, from trust level "membro": a newcomer may not, a trusted member and a contact may.
        Assert.Equal(ConversationErrors.MayNotWrite, (await WriteAsync(newcomer, recipient.Handle)).Error);
        Assert.True((await WriteAsync(trusted, recipient.Handle)).IsSuccess);
        Assert.True((await WriteAsync(contact, recipient.Handle)).IsSuccess);

        await SetPolicyAsync(recipient, MessagePolicy.Everyone);
        Assert.True((await WriteAsync(newcomer, recipient.Handle)).IsSuccess);

        var other = await Fixture.CreateMemberAsync();
        await Fixture.TrustAsync(other);
        await SetPolicyAsync(recipient, MessagePolicy.ContactsOnly);
        Assert.Equal(ConversationErrors.MayNotWrite, (await WriteAsync(other, recipient.Handle)).Error);
        Assert.True((await WriteAsync(contact, recipient.Handle)).IsSuccess);

        // "Nobody": no new conversation, not even from a contact; those under way go on.
        await SetPolicyAsync(recipient, MessagePolicy.Nobody);
        var newContact = await Fixture.CreateMemberAsync("Nadia Contatto");
        var tie = Connection.Request(newContact.Id, recipient.Id, null, DateTimeOffset.UtcNow);
        tie.Answer(accept: true, DateTimeOffset.UtcNow);
        await Fixture.InsertAsync(tie);
        Assert.Equal(ConversationErrors.MayNotWrite, (await WriteAsync(newContact, recipient.Handle)).Error);
        Assert.True((await WriteAsync(contact, recipient.Handle, "Ancora io.")).IsSuccess);

        // A block, whichever made it, stops a new conversation and a message in the one under way.
        await SetPolicyAsync(recipient, MessagePolicy.Everyone);
        var conversation = (await WriteAsync(trusted, recipient.Handle)).Value;
        var unreadBefore = await Fixture.As(recipient).SendAsync(new CountUnreadConversations(recipient.Id, Fresh: true));
        Assert.True((await Fixture.As(recipient).SendAsync(new SetBlock(trusted.Handle, BlockKind.Block))).IsSuccess);
        Assert.Equal(ConversationErrors.MayNotWrite, (await WriteAsync(trusted, recipient.Handle)).Error);
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(trusted).SendAsync(new SendMessage(conversation) { Body = "Ci sei?" })).Error);
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(recipient).SendAsync(new SendMessage(conversation) { Body = "No." })).Error);

        // The one who blocked no longer sees it in their list nor in their count; the other still does.
        Assert.DoesNotContain(conversation, (await Fixture.As(recipient).SendAsync(new ListMyConversations())).Conversations.Select(c => c.Id));
        Assert.Equal(unreadBefore - 1, await Fixture.As(recipient).SendAsync(new CountUnreadConversations(recipient.Id, Fresh: true)));
        Assert.Contains(conversation, (await Fixture.As(trusted).SendAsync(new ListMyConversations())).Conversations.Select(c => c.Id));
    }

    [Fact]
    public async Task A_deleted_account_leaves_the_others_copies_with_ex_membro_and_the_export_holds_my_messages()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Che Se Ne Va");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Che Resta");
        var conversation = (await WriteAsync(anna, bruno.Handle, "Ti lascio il mio numero.")).Value;
        await Fixture.As(bruno).SendAsync(new SendMessage(conversation) { Body = "Grazie, ti chiamo." });
        var export = await Fixture.As(bruno).SendAsync(new Application.Features.AccountSettings.ExportMyData());
        Assert.Equal(["Grazie, ti chiamo."], export!.Messages.Select(m => m.Body));
        Assert.Equal([anna.Handle], export.Conversations.Single().Others);

        Assert.True((await Fixture.As(anna).SendAsync(new Application.Features.AccountSettings.DeleteAccount { Password = Infrastructure.Accounts.Password })).IsSuccess);

        var kept = (await Fixture.As(bruno).SendAsync(new GetConversation(conversation))).Value;
        Assert.Equal(["Ti lascio il mio numero.", "Grazie, ti chiamo."], kept.Messages.Select(m => System.Text.RegularExpressions.Regex.Replace(m.Html, "<.*?>", "").Trim()));
        Assert.True(kept.Others.Single().Former);
        Assert.Null(kept.Messages[0].AuthorHandle);
        Assert.False(kept.MayWrite);
        using var brunoClient = await Fixture.SignedInClientAsync(bruno);
        var shown = await brunoClient.GetDocumentAsync($"/messaggi/{conversation}");
        Assert.Equal("Ex membro", shown.QuerySelector("li.message .message-author")!.TextContent.Trim());
        Assert.Contains("Ex membro", shown.QuerySelector(".conversation-people")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_members_keep_one_conversation_a_group_has_at_most_ten_and_a_newcomer_starts_three_a_day()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Prima");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Secondo");
        var first = (await WriteAsync(anna, bruno.Handle)).Value;
        Assert.Equal(first, (await WriteAsync(anna, "@" + bruno.Handle, "Di nuovo io.")).Value);
        Assert.Equal(first, (await WriteAsync(bruno, anna.Handle, "Eccomi.")).Value);
        Assert.Equal(3, await Fixture.QueryDbAsync(db => db.Messages.CountAsync(m => m.ConversationId == first)));

        var many = new List<Member>();
        for (var i = 0; i < 10; i++)
        {
            many.Add(await Fixture.CreateMemberAsync());
        }

        Assert.Equal(ConversationErrors.TooManyPeople, (await WriteAsync(anna, string.Join(",", many.Select(m => m.Handle)))).Error);
        var group = await Fixture.As(anna).SendAsync(new StartConversation { Recipients = string.Join(", ", many.Take(9).Select(m => m.Handle)), Title = "Gruppo di lavoro", Body = "Benvenuti." });
        Assert.True(group.IsSuccess);
        Assert.Equal(10, await Fixture.QueryDbAsync(db => db.ConversationParticipants.CountAsync(p => p.ConversationId == group.Value)));

        Assert.Equal(ConversationErrors.UnknownMember, (await WriteAsync(anna, "nessuno-con-questo-nome")).Error);
        Assert.Equal(ConversationErrors.Self, (await WriteAsync(anna, anna.Handle)).Error);

        var newcomer = await Fixture.CreateMemberAsync("Nico Nuovo");
        foreach (var member in many.Take(4))
        {
            await SetPolicyAsync(member, MessagePolicy.Everyone);
        }

        for (var i = 0; i < StartConversation.NewcomerPerDay; i++)
        {
            Assert.True((await WriteAsync(newcomer, many[i].Handle)).IsSuccess);
        }

        Assert.Equal(ConversationErrors.TooManyToday, (await WriteAsync(newcomer, many[3].Handle)).Error);
        // Writing again where one already is goes on.
        Assert.True((await WriteAsync(newcomer, many[0].Handle, "Un'altra cosa.")).IsSuccess);
    }

    [Fact]
    public async Task Unread_counts_follow_messages_and_reading_and_a_stranger_reads_nothing()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Prima");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Secondo");
        var stranger = await Fixture.CreateMemberAsync("Sara Estranea");
        var id = (await WriteAsync(anna, bruno.Handle, "Uno")).Value;
        await Fixture.As(anna).SendAsync(new SendMessage(id) { Body = "Due, con @" + bruno.Handle });
        Assert.Equal(1, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id)));
        Assert.Equal(0, await Fixture.As(anna).SendAsync(new CountUnreadConversations(anna.Id)));

        var list = await Fixture.As(bruno).SendAsync(new ListMyConversations());
        var line = Assert.Single(list.Conversations);
        Assert.Equal(2, line.Unread);
        Assert.Equal("Due, con @" + bruno.Handle, line.LastText);
        Assert.Equal(["Anna Prima"], line.Others.Select(o => o.DisplayName));

        var view = (await Fixture.As(bruno).SendAsync(new GetConversation(id))).Value;
        Assert.Equal(["Uno", "Due, con"], view.Messages.Select(m => StripTags(m.Html).Split(" @")[0].Trim()));
        Assert.Contains($"href=\"/membri/{bruno.Handle}\"", view.Messages[1].Html, StringComparison.Ordinal);
        await Fixture.As(bruno).SendAsync(new MarkConversationRead(id, view.Messages[^1].Seq));
        Assert.Equal(0, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id)));

        Assert.Equal(ConversationErrors.NotFound, (await Fixture.As(stranger).SendAsync(new GetConversation(id))).Error);
        Assert.Equal(ConversationErrors.NotFound, (await Fixture.As(stranger).SendAsync(new SendMessage(id) { Body = "Posso?" })).Error);
        Assert.Empty((await Fixture.As(stranger).SendAsync(new ListMyConversations())).Conversations);
    }

    [Fact]
    public async Task A_representative_writes_to_an_applicant_and_the_organisations_representatives_share_the_conversation()
    {
        var rep = await Fixture.CreateMemberAsync("Rosa Referente");
        var colleague = await Fixture.CreateMemberAsync("Carlo Collega");
        var applicant = await Fixture.CreateMemberAsync("Nico Candidato");
        var outsider = await Fixture.CreateMemberAsync("Otto Esterno");
        await SetPolicyAsync(applicant, MessagePolicy.ContactsOnly);
        var (company, ties) = Build.Company("Cantina del Lago", representativeIds: [rep.Id, colleague.Id]);
        var opportunity = Build.Opportunity(companyId: company.Id);
        await Fixture.InsertAsync([company, .. ties, opportunity, Build.Response(opportunity.Id, applicant.Id)]);

        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(outsider).SendAsync(new StartConversation { Recipients = applicant.Handle, Body = "Ciao", OpportunityId = opportunity.Id })).Error);
        Assert.Equal(ConversationErrors.MayNotWrite, (await Fixture.As(rep).SendAsync(new StartConversation { Recipients = outsider.Handle, Body = "Ciao", OpportunityId = opportunity.Id })).Error);
        var started = await Fixture.As(rep).SendAsync(new StartConversation { Recipients = applicant.Handle, Body = "Ci piacerebbe conoscerti.", OpportunityId = opportunity.Id });
        Assert.True(started.IsSuccess);

        var seen = (await Fixture.As(applicant).SendAsync(new GetConversation(started.Value))).Value;
        Assert.Equal(opportunity.Title, seen.About!.OpportunityTitle);
        Assert.Equal(["Carlo Collega", "Rosa Referente"], seen.Others.Select(o => o.DisplayName).Order());
        Assert.True(seen.MayWrite);
        Assert.True((await Fixture.As(applicant).SendAsync(new SendMessage(started.Value) { Body = "Volentieri!" })).IsSuccess);
        Assert.Equal(1, await Fixture.As(colleague).SendAsync(new CountUnreadConversations(colleague.Id)));
        Assert.Equal(started.Value, (await Fixture.As(colleague).SendAsync(new StartConversation { Recipients = applicant.Handle, Body = "Anche io.", OpportunityId = opportunity.Id })).Value);

        // The applicant leaves: writing again about the response does not bring them back.
        Assert.True((await Fixture.As(applicant).SendAsync(new LeaveConversation(started.Value))).IsSuccess);
        await Fixture.As(rep).SendAsync(new StartConversation { Recipients = applicant.Handle, Body = "Ci sei?", OpportunityId = opportunity.Id });
        Assert.True((await Fixture.As(applicant).SendAsync(new GetConversation(started.Value))).Value.Left);
    }

    [Fact]
    public async Task Authors_edit_within_fifteen_minutes_and_delete_their_own_messages_only()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Prima");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Secondo");
        var id = (await WriteAsync(anna, bruno.Handle, "Ci vediamo alle 10")).Value;
        var message = await Fixture.QueryDbAsync(db => db.Messages.SingleAsync(m => m.ConversationId == id));

        Assert.Equal(ConversationErrors.NotAuthor, (await Fixture.As(bruno).SendAsync(new EditMessage(message.Id) { Body = "Ci vediamo mai" })).Error);
        Assert.Equal(ConversationErrors.NotAuthor, (await Fixture.As(bruno).SendAsync(new DeleteMessage(message.Id))).Error);
        Assert.True((await Fixture.As(anna).SendAsync(new EditMessage(message.Id) { Body = "Ci vediamo alle 11" })).IsSuccess);
        var seen = (await Fixture.As(bruno).SendAsync(new GetConversation(id))).Value.Messages.Single();
        Assert.True(seen.Edited);
        Assert.Contains("alle 11", seen.Html, StringComparison.Ordinal);

        await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.At, m => m.At.AddMinutes(-16))));
        Assert.Equal(ConversationErrors.EditWindowClosed, (await Fixture.As(anna).SendAsync(new EditMessage(message.Id) { Body = "Troppo tardi" })).Error);
        Assert.True((await Fixture.As(anna).SendAsync(new DeleteMessage(message.Id))).IsSuccess);
        seen = (await Fixture.As(bruno).SendAsync(new GetConversation(id))).Value.Messages.Single();
        Assert.True(seen.Deleted);
        Assert.Equal("", seen.Html);
        Assert.Equal("", await Fixture.QueryDbAsync(db => db.Messages.Where(m => m.Id == message.Id).Select(m => m.BodyMarkdown).SingleAsync()));
    }

    [Fact]
    public async Task Leaving_a_group_muting_and_deleting_for_oneself_change_only_ones_own_view()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Prima");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Secondo");
        var carla = await Fixture.CreateMemberAsync("Carla Terza");
        var group = (await Fixture.As(anna).SendAsync(new StartConversation { Recipients = $"{bruno.Handle}, {carla.Handle}", Title = "Tre", Body = "Primo" })).Value;

        Assert.True((await Fixture.As(carla).SendAsync(new LeaveConversation(group))).IsSuccess);
        await Fixture.As(anna).SendAsync(new SendMessage(group) { Body = "Dopo l'uscita" });
        var carlaView = (await Fixture.As(carla).SendAsync(new GetConversation(group))).Value;
        Assert.Single(carlaView.Messages);
        Assert.False(carlaView.MayWrite);
        Assert.Equal(ConversationErrors.Left, (await Fixture.As(carla).SendAsync(new SendMessage(group) { Body = "Posso?" })).Error);
        Assert.Equal(0, await Fixture.As(carla).SendAsync(new CountUnreadConversations(carla.Id)));

        // Muted: no count in the header, still in the list with its unread messages.
        Assert.True((await Fixture.As(bruno).SendAsync(new ChangeMyConversation(group, MyConversationChange.Mute))).IsSuccess);
        Assert.Equal(0, await Fixture.As(bruno).SendAsync(new CountUnreadConversations(bruno.Id)));
        Assert.Equal(2, (await Fixture.As(bruno).SendAsync(new ListMyConversations())).Conversations.Single().Unread);

        // Deleted for Bruno only: gone from his list until someone writes again, and then only the new message shows.
        Assert.True((await Fixture.As(bruno).SendAsync(new ChangeMyConversation(group, MyConversationChange.Clear))).IsSuccess);
        Assert.Empty((await Fixture.As(bruno).SendAsync(new ListMyConversations())).Conversations);
        Assert.Equal(2, (await Fixture.As(anna).SendAsync(new GetConversation(group))).Value.Messages.Count);
        await Fixture.As(anna).SendAsync(new SendMessage(group) { Body = "Ci sei ancora?" });
        Assert.Single((await Fixture.As(bruno).SendAsync(new ListMyConversations())).Conversations);
        Assert.Equal(["Ci sei ancora?"], (await Fixture.As(bruno).SendAsync(new GetConversation(group))).Value.Messages.Select(m => StripTags(m.Html)));

        var direct = (await WriteAsync(anna, bruno.Handle)).Value;
        Assert.Equal(ConversationErrors.NotAGroup, (await Fixture.As(bruno).SendAsync(new LeaveConversation(direct))).Error);
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "").Trim();

    [Fact]
    public async Task A_conversation_is_kept_while_any_participant_keeps_it_or_a_report_waits_on_it()
    {
        var anna = await Fixture.CreateMemberAsync("Anna Cancella");
        await Fixture.TrustAsync(anna);
        var bruno = await Fixture.CreateMemberAsync("Bruno Tiene");
        var carla = await Fixture.CreateMemberAsync("Carla Segnala");
        var kept = (await WriteAsync(anna, bruno.Handle, "Ciao Bruno.")).Value;
        var reported = (await WriteAsync(anna, carla.Handle, "Ciao Carla.")).Value;
        Assert.True((await Fixture.As(carla).SendAsync(new ReportConversation(reported))).IsSuccess);

        Assert.True((await Fixture.As(anna).SendAsync(new ChangeMyConversation(kept, MyConversationChange.Clear))).IsSuccess);
        Assert.Equal(["Ciao Bruno."], (await Fixture.As(bruno).SendAsync(new GetConversation(kept))).Value.Messages.Select(m => m.Html.Replace("<p>", "").Replace("</p>", "").Trim()));
        Assert.True((await Fixture.As(bruno).SendAsync(new ChangeMyConversation(kept, MyConversationChange.Clear))).IsSuccess);
        Assert.False(await Fixture.QueryDbAsync(db => db.Conversations.AnyAsync(c => c.Id == kept)));
        Assert.Equal(0, await Fixture.QueryDbAsync(db => db.Messages.CountAsync(m => m.ConversationId == kept)));

        // Both delete it for themselves, but a report waits on it: the moderators' evidence stays.
        await Fixture.As(anna).SendAsync(new ChangeMyConversation(reported, MyConversationChange.Clear));
        await Fixture.As(carla).SendAsync(new ChangeMyConversation(reported, MyConversationChange.Clear));
        Assert.True(await Fixture.QueryDbAsync(db => db.Conversations.AnyAsync(c => c.Id == reported)));

        // An account deletion counts as not keeping it: a conversation the other had already deleted goes with it.
        var other = (await WriteAsync(anna, bruno.Handle, "Ancora io.")).Value;
        await Fixture.As(bruno).SendAsync(new ChangeMyConversation(other, MyConversationChange.Clear));
        Assert.True((await Fixture.As(anna).SendAsync(new Application.Features.AccountSettings.DeleteAccount { Password = Infrastructure.Accounts.Password })).IsSuccess);
        Assert.False(await Fixture.QueryDbAsync(db => db.Conversations.AnyAsync(c => c.Id == other)));
        Assert.True(await Fixture.QueryDbAsync(db => db.Conversations.AnyAsync(c => c.Id == reported)));
    }
}
