namespace StoryBank.Tests.Common;

/// <summary>Small hand-written banks shared by the linter's tests in several projects.</summary>
internal static class SampleBanks
{
    /// <summary>One story claiming "10x" where its own figures make 25x (an SB6001 error at line 12), with "we" in its Action.</summary>
    public const string WrongClaim = """
        # My stories

        ## Scaling the chat servers
        ### Short Version (30 sec)
        > I rebuilt session handling so the chat service went from 20K users on 25 servers to 100K users on 5 servers.

        ### Full STAR Version
        **Situation:** The chat service held 20K users on 25 servers.
        **Task:** I had to reach 100K users without buying servers.
        **Action:**
        We rewrote the session store over one weekend.
        **Result:** We now serve 100K users on 5 servers, a 10x improvement in efficiency.
        """;
}
