using StoryBank.Cli;

return await StoryBankCli.RunAsync(args, CliHost.FromProcess()).ConfigureAwait(false);
