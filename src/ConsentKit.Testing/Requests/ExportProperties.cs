using System.Text.Json;
using ConsentKit.Contacts;
using ConsentKit.Requests;
using ConsentKit.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentKit.Testing.Requests;

public abstract class ExportProperties(ITestStoreProvider provider) : StoreContract(provider)
{
    private static readonly string[] Purposes = ["gotv", "newsletter", "fundraising", "volunteering"];

    // 2 to 5 people with distinct random names, numbers and addresses, each with 0 to 3 consents; the first is exported.
    public static Arbitrary<(int Seed, int People, int[] Consents)> DataSets() =>
        (from seed in Gen.Choose(1, 1_000_000)
         from people in Gen.Choose(2, 5)
         from consents in Gen.Choose(0, 3).ArrayOf(people)
         select (seed, people, consents)).ToArbitrary();

    [Property(Arbitrary = [typeof(ExportProperties)], MaxTest = 12)]
    [Trait("Req", "R57")]
    [Trait("Req", "R53")]
    public void ExportAsync_AnyDataSet_HoldsEverythingOfThePersonAndNothingOfAnyoneElse((int Seed, int People, int[] Consents) c)
    {
        ExportAsync(c).GetAwaiter().GetResult();
    }

    private static async Task ExportAsync((int Seed, int People, int[] Consents) c)
    {
        await using var store = await TestStore.CreateAsync();
        var people = Enumerable.Range(0, c.People).Select(i =>
        {
            var token = $"{c.Seed:x}{i}";
            return new Contact
            {
                ContactId = $"p-{token}",
                FirstName = $"Prenom{token}",
                LastName = $"Nom{token}",
                Phone = $"+1514555{(c.Seed + (i * 7919)) % 10000:D4}",
                Email = $"courriel{token}@exemple.qc.ca",
                Language = "fr-CA",
            };
        }).DistinctBy(p => p.Phone).ToList();
        var events = new Dictionary<string, List<string>>();
        for (var i = 0; i < people.Count; i++)
        {
            await store.Contacts.UpsertAsync(people[i]);
            events[people[i].ContactId] = [];
            for (var k = 0; k < c.Consents[i]; k++)
            {
                var result = await store.Ledger.RecordAsync(TestStore.Grant(people[i].ContactId, Purposes[k]) with { EvidenceRef = $"preuve-{people[i].ContactId}-{k}" });
                events[people[i].ContactId].Add(result.EventId);
            }
        }

        var person = people[0];
        var export = await store.Services.GetRequiredService<IPersonalDataExports>().ExportAsync(person.ContactId);
        var json = export.ToJson();
        var html = export.ToHtml("fr") + export.ToHtml("en");

        JsonDocument.Parse(json).RootElement.GetProperty("contactId").GetString().Should().Be(person.ContactId);
        foreach (var value in new[] { person.FirstName!, person.LastName!, person.Phone!, person.Email! }.Concat(events[person.ContactId]))
        {
            json.Should().Contain(value);
        }

        html.Should().Contain(person.LastName!);
        foreach (var other in people.Skip(1))
        {
            foreach (var value in new[] { other.ContactId, other.FirstName!, other.LastName!, other.Phone!, other.Email! }.Concat(events[other.ContactId]))
            {
                json.Should().NotContain(value);
                html.Should().NotContain(value);
            }
        }
    }
}
