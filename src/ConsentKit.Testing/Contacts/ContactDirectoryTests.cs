using ConsentKit.Contacts;
using ConsentKit.Testing;
using NodaTime;

namespace ConsentKit.Testing.Contacts;

public abstract class ContactDirectoryTests(ITestStoreProvider provider) : StoreContract(provider)
{
    [Theory]
    [InlineData("514 555 0101", "+15145550101")]
    [InlineData("(514) 555-0101", "+15145550101")]
    [InlineData("+1 514.555.0101", "+15145550101")]
    [InlineData("1-514-555-0101", "+15145550101")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    public void NormalizePhone_CommonFormatsInCanada_GivesE164(string input, string expected)
    {
        new ContactNormalizer("CA").NormalizePhone(input).Should().Be(expected);
    }

    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("06.12.34.56.78", "+33612345678")]
    public void NormalizePhone_FrenchFormatsWithRegionFr_GivesE164(string input, string expected)
    {
        new ContactNormalizer("FR").NormalizePhone(input).Should().Be(expected);
    }

    [Theory]
    [InlineData("555")]
    [InlineData("not a phone")]
    [InlineData("514 555 01011234")]
    public void NormalizePhone_Malformed_NamesFieldWithoutEchoingValue(string input)
    {
        var act = () => new ContactNormalizer("CA").NormalizePhone(input);

        var error = act.Should().Throw<ConsentKitValidationException>().Which;
        error.Errors.Should().ContainSingle(e => e.Field == "phone" && e.Rule == "phone.invalid");
        error.Message.Should().NotContain(input);
    }

    [Theory]
    [InlineData("  Elise.T@Exemple.QC.CA ", "Elise.T@exemple.qc.ca")]
    [InlineData("john@EXAMPLE.com", "john@example.com")]
    public void NormalizeEmail_TrimsAndLowersDomainOnly(string input, string expected)
    {
        ContactNormalizer.NormalizeEmail(input).Should().Be(expected);
    }

    [Theory]
    [InlineData("elise")]
    [InlineData("elise@")]
    [InlineData("elise@localhost")]
    [InlineData("eli se@exemple.ca")]
    public void NormalizeEmail_Malformed_IsRefused(string input)
    {
        var act = () => ContactNormalizer.NormalizeEmail(input);

        act.Should().Throw<ConsentKitValidationException>().Which.Errors.Should().ContainSingle(e => e.Field == "email" && e.Rule == "email.invalid");
    }

    [Fact]
    public async Task FindAsync_ByIdPhoneOrEmail_FindsTheSameContact()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1", phone: "(514) 555-0101", email: "Elise.T@Exemple.QC.CA");

        (await store.Contacts.FindAsync(ContactLookup.ById("c-1")))!.Phone.Should().Be("+15145550101");
        (await store.Contacts.FindAsync(ContactLookup.ByPhone("514.555.0101")))!.ContactId.Should().Be("c-1");
        (await store.Contacts.FindAsync(ContactLookup.ByEmail("elise.t@exemple.qc.ca "))).Should().BeNull("the local part is case-sensitive");
        (await store.Contacts.FindAsync(ContactLookup.ByEmail("Elise.T@EXEMPLE.qc.ca")))!.ContactId.Should().Be("c-1");
        (await store.Contacts.FindAsync(ContactLookup.ById("c-404"))).Should().BeNull();
    }

    [Fact]
    public async Task UpsertAsync_InvalidFields_AreAllNamedAndNothingIsWritten()
    {
        await using var store = await TestStore.CreateAsync();

        var act = () => store.Contacts.UpsertAsync(new Contact { ContactId = "c-1", Phone = "12", Email = "nope", PostalCode = "ZZZ ZZZ", BirthDate = new LocalDate(2090, 1, 1) });

        var error = (await act.Should().ThrowAsync<ConsentKitValidationException>()).Which;
        error.Errors.Select(e => e.Field).Should().BeEquivalentTo(["phone", "email", "postal_code", "birth_date"]);
        (await store.ScalarAsync("SELECT COUNT(*) FROM contacts")).Should().Be(0);
        (await store.CountEventsAsync()).Should().Be(0);
    }

    [Fact]
    public async Task UpsertAsync_SameDetailsTwice_AppendsOneRecord()
    {
        await using var store = await TestStore.CreateAsync();
        await store.AddContactAsync("c-1");
        await store.AddContactAsync("c-1");

        (await store.CountEventsAsync()).Should().Be(1);
    }
}
