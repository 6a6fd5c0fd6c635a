using ConsentKit.Cli;

return await ConsentKitCli.RunAsync(args).ConfigureAwait(false);
