using ClubMediaSociali.Application.Domain.Reputation;
using ClubMediaSociali.Application.Features.Connections;

namespace ClubMediaSociali.Application.Features.Reputation;

public sealed record Leader(int Rank, Person Person, int Points, TrustLevel Trust);
