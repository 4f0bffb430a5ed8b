using System.Text.Json;
using ClubMediaSociali.Application.Domain.FirstSteps;
using ClubMediaSociali.Application.Domain.Members;
using ClubMediaSociali.Application.Domain.Repertoire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClubMediaSociali.Application.Data.Configurations;

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public void Configure(EntityTypeBuilder<PracticeRevision> builder)
    {
        builder.Property(r => r.Version).HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate();
        // A whole version in one jsonb value: history shows it exactly as it was proposed.
        builder.Property(r => r.Content)
            .HasColumnType("jsonb")
            .HasConversion(
                c => JsonSerializer.Serialize(c, Json),
                json => JsonSerializer.Deserialize<PracticeContent>(json, Json)!);
        builder.Property(r => r.ModeratorNote).HasMaxLength(Practice.NoteMaxLength);
        builder.HasIndex(r => new { r.PracticeId, r.Number }).IsUnique();
        builder.HasIndex(r => new { r.Status, r.SubmittedAt });
        builder.HasOne<Practice>().WithMany().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PracticeUsefulMarkConfiguration : IEntityTypeConfiguration<PracticeUsefulMark>
{
    public void Configure(EntityTypeBuilder<PracticeUsefulMark> builder)
    {
        builder.HasKey(m => new { m.PracticeId, m.MemberId });
        builder.HasIndex(m => m.MemberId);
        builder.HasOne<Practice>().WithMany().HasForeignKey(m => m.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MethodProgressConfiguration : IEntityTypeConfiguration<MethodProgress>
{
    public void Configure(EntityTypeBuilder<MethodProgress> builder)
    {
        builder.ToTable("method_progress");
        builder.HasKey(p => new { p.MemberId, p.PracticeId });
        builder.HasOne<Practice>().WithMany().HasForeignKey(p => p.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LearningPathConfiguration : IEntityTypeConfiguration<LearningPath>
{
    public void Configure(EntityTypeBuilder<LearningPath> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(LearningPath.TitleMaxLength);
        builder.Property(p => p.Title).HasMaxLength(LearningPath.TitleMaxLength);
        builder.Property(p => p.Intro).HasMaxLength(LearningPath.IntroMaxLength);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.Position);
    }
}

internal sealed class LearningPathStepConfiguration : IEntityTypeConfiguration<LearningPathStep>
{
    public void Configure(EntityTypeBuilder<LearningPathStep> builder)
    {
        builder.ToTable("learning_path_steps");
        builder.HasKey(s => new { s.PathId, s.Number });
        builder.Property(s => s.Note).HasMaxLength(LearningPathStep.NoteMaxLength);
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(s => s.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Practice>().WithMany().HasForeignKey(s => s.PracticeId).OnDelete(DeleteBehavior.Cascade);
        // "Which paths pass through this practice": the step bar on a practice's page.
        builder.HasIndex(s => s.PracticeId);
    }
}

internal sealed class LearningPathProgressConfiguration : IEntityTypeConfiguration<LearningPathProgress>
{
    public void Configure(EntityTypeBuilder<LearningPathProgress> builder)
    {
        builder.ToTable("learning_path_progress");
        builder.HasKey(p => new { p.MemberId, p.PathId });
        builder.HasOne<LearningPath>().WithMany().HasForeignKey(p => p.PathId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(GlossaryTerm.TermMaxLength);
        builder.Property(t => t.Slug).HasMaxLength(GlossaryTerm.TermMaxLength * 2);
        builder.Property(t => t.Definition).HasMaxLength(GlossaryTerm.DefinitionMaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
