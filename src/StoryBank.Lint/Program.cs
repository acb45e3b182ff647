using StoryBank.Lint;

return await LintTool.RunAsync(args, LintTool.FromProcess()).ConfigureAwait(false);
