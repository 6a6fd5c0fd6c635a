namespace ConsentKit.Cli.Tests;

public sealed class ProvenanceCliTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    [Trait("Req", "R46")]
    public async Task Provenance_KeygenSignVerify_ExitCodesAsDocumented()
    {
        var keys = Path.Combine(_cli.Directory, "keys");
        var content = _cli.WriteFile("message.txt", "Votez dimanche ! Rédigé avec l'aide de l'IA et révisé par notre équipe.");
        var statement = Path.Combine(_cli.Directory, "statement.json");

        var keygen = await _cli.RunAsync("provenance", "keygen", "--out", keys);
        var again = await _cli.RunAsync("provenance", "keygen", "--out", keys);
        var sign = await _cli.RunAsync("provenance", "sign", "--key", Path.Combine(keys, "private.pem"), "--content", content, "--ai", "drafted", "--reviewed-by", "Équipe com", "--org", "Parti exemple", "--out", statement);
        var valid = await _cli.RunAsync("provenance", "verify", "--pub", Path.Combine(keys, "public.pem"), "--content", content, "--statement", statement);
        File.AppendAllText(content, " ");
        var tampered = await _cli.RunAsync("provenance", "verify", "--pub", Path.Combine(keys, "public.pem"), "--content", content, "--statement", statement);

        keygen.ExitCode.Should().Be(0, keygen.Stderr);
        File.Exists(Path.Combine(keys, "public.pem")).Should().BeTrue();
        again.ExitCode.Should().Be(1);
        again.Stderr.Should().Contain("[key.exists]");
        sign.ExitCode.Should().Be(0, sign.Stderr);
        sign.Stdout.Trim().Should().MatchRegex("^[0-9a-f]{64}$");
        valid.ExitCode.Should().Be(0, valid.Stderr);
        valid.Stdout.Should().StartWith("valid:");
        tampered.ExitCode.Should().Be(1);
        tampered.Stderr.Should().Contain("[content-mismatch]");
    }

    public void Dispose() => _cli.Dispose();
}
