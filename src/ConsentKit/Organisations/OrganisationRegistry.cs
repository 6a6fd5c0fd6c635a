using ConsentKit.Hosting;
using ConsentKit.Storage;

namespace ConsentKit.Organisations;

internal sealed class OrganisationRegistry(ConsentKitRuntime runtime) : IOrganisationRegistry
{
    public async Task RegisterAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        CheckId(organisation.Id, "id", errors);
        if (string.IsNullOrWhiteSpace(organisation.Name) || organisation.Name.Length > 200)
        {
            errors.Add(new("name", "name.required", "name is required (at most 200 characters)."));
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (organisation.ParentId is { } parent && !await session.OrganisationExistsAsync(parent).ConfigureAwait(false))
        {
            errors.Add(new("parent_id", "organisation.unknown", "parent_id names no registered organisation."));
        }

        ThrowIfAny(errors);
        await session.UpsertOrganisationAsync(new OrganisationRow
        {
            Id = organisation.Id,
            Name = organisation.Name.Trim(),
            ParentId = organisation.ParentId,
            CreatedAt = runtime.Clock.GetCurrentInstant().ToUnixTimeTicks(),
        }).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        runtime.ForgetScopes();
    }

    public async Task DeclareSharingAsync(SharingRelation relation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var errors = new List<ValidationError>();
        if (relation.Purposes.Count == 0 || relation.Purposes.Any(p => !env.Purposes.ContainsKey(p)))
        {
            errors.Add(new("purposes", "purpose.unknown", "purposes must list one or more purposes of the catalog."));
        }

        // R38: sharing is off until an approved decision turns it on.
        if (!runtime.Loosened(LegalOverride.Sharing, env.Profile.Defaults.Sharing))
        {
            errors.Add(new("sharing", "sharing.off", $"sharing between organisations is off by default ({env.Profile.Defaults.Source}); add a LegalOverride(\"sharing\", reason, approvedBy) to turn it on."));
        }

        if (relation.FromOrganisation == relation.ToOrganisation)
        {
            errors.Add(new("to", "sharing.self", "an organisation does not declare sharing with itself."));
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (id, field) in new[] { (relation.FromOrganisation, "from"), (relation.ToOrganisation, "to") })
        {
            if (!await session.OrganisationExistsAsync(id).ConfigureAwait(false))
            {
                errors.Add(new(field, "organisation.unknown", $"{field} names no registered organisation."));
            }
        }

        ThrowIfAny(errors);
        await session.UpsertSharingAsync(new SharingRow
        {
            FromOrg = relation.FromOrganisation,
            ToOrg = relation.ToOrganisation,
            Purposes = string.Join(',', relation.Purposes.Order(StringComparer.Ordinal)),
            DeclaredAt = runtime.Clock.GetCurrentInstant().ToUnixTimeTicks(),
        }).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Organisation>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await runtime.Store.GetOrganisationsAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new Organisation(r.Id, r.Name, r.ParentId)).ToList();
    }

    public async Task<IReadOnlyList<SharingRelation>> GetSharingAsync(CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var rows = await runtime.Store.GetSharingAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => new SharingRelation(r.FromOrg, r.ToOrg, r.Purposes.Split(','))).ToList();
    }

    public async Task<PersonInChargeDesignation> SetPersonInChargeAsync(PersonInCharge person, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        var env = await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(person.OrganisationId);
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(person.Name) || person.Name.Length > 200)
        {
            errors.Add(new("name", "name.required", "name is required (at most 200 characters)."));
        }

        if (env.Profile.ElectionAct is { } act && !act.OfficerRoles.Contains(person.Role ?? ""))
        {
            errors.Add(new("role", "person_in_charge.role", $"a provincial party chooses its person in charge among its officers: role must be one of {string.Join('|', act.OfficerRoles.Order(StringComparer.Ordinal))} ({act.Source})."));
        }
        else if (string.IsNullOrWhiteSpace(person.Role) || person.Role.Length > 100)
        {
            errors.Add(new("role", "role.required", "role is required (at most 100 characters)."));
        }

        if (!Explanations.SendRecorder.IsContact(person.Contact))
        {
            errors.Add(new("contact", "contact.format", "contact must be an e-mail address or an https URL where the public reaches the person in charge."));
        }

        await using var session = await runtime.Store.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        if (!await session.OrganisationExistsAsync(orgId).ConfigureAwait(false))
        {
            errors.Add(new("organisation", "organisation.unknown", "organisation is not registered in this store; register it first."));
        }

        ThrowIfAny(errors);
        var designation = new PersonInChargeDesignation(orgId, person.Name.Trim(), person.Role!, person.Contact, runtime.Clock.GetCurrentInstant(), runtime.Actor);

        // Every designation is kept, newest last: who was in charge when is part of the accountability record (QC-PP s.3.1).
        var key = PersonInChargeMeta + orgId;
        var history = await runtime.Store.GetMetaAsync(key, cancellationToken).ConfigureAwait(false) is { } json
            ? System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray()
            : [];
        history.Add((System.Text.Json.Nodes.JsonNode)new System.Text.Json.Nodes.JsonObject
        {
            ["name"] = designation.Name, ["role"] = designation.Role, ["contact"] = designation.Contact,
            ["designatedAt"] = designation.DesignatedAt.ToUnixTimeTicks(), ["recordedBy"] = designation.RecordedBy,
        });
        await session.SetMetaAsync(key, history.ToJsonString()).ConfigureAwait(false);
        await Requests.DpoAuditTrail.RecordAsync(session, runtime, orgId, "person-in-charge:designated", null).ConfigureAwait(false);
        await session.CommitAsync().ConfigureAwait(false);
        return designation;
    }

    public async Task<PersonInChargeDesignation?> GetPersonInChargeAsync(string? organisationId = null, CancellationToken cancellationToken = default)
    {
        await runtime.ReadyAsync(cancellationToken).ConfigureAwait(false);
        var orgId = runtime.Organisation(organisationId);
        if (await runtime.Store.GetMetaAsync(PersonInChargeMeta + orgId, cancellationToken).ConfigureAwait(false) is not { } json
            || System.Text.Json.Nodes.JsonNode.Parse(json)!.AsArray() is not { Count: > 0 } history)
        {
            return null;
        }

        var last = history[^1]!;
        return new PersonInChargeDesignation(orgId, (string)last["name"]!, (string)last["role"]!, (string)last["contact"]!,
            NodaTime.Instant.FromUnixTimeTicks((long)last["designatedAt"]!), (string?)last["recordedBy"]);
    }

    private const string PersonInChargeMeta = "person_in_charge:";

    private static void CheckId(string? id, string field, List<ValidationError> errors)
    {
        if (id is null || !ConsentKitOptionsValidator.Identifier().IsMatch(id))
        {
            errors.Add(new(field, $"{field}.format", $"{field} must be 1-64 letters, digits, '.', '_' or '-'."));
        }
    }

    private static void ThrowIfAny(List<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ConsentKitValidationException(errors);
        }
    }
}
