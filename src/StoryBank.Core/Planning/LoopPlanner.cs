using System.Globalization;
using StoryBank.Core.Catalog;

namespace StoryBank.Core.Planning;

/// <summary>
/// Plans a company's interview loop over a bank: the K stories to prepare, a go-to and a backup story for every value,
/// the values no story covers, the stories leaned on too much and, when asked, the rounds with a different story for
/// every value.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Portfolio: the K stories that maximize Σ over values of the best strength among them, found exactly
/// (<see cref="PortfolioSearch"/>).</item>
/// <item>Go-to: each value gets a portfolio story that covers it, no story the go-to for more than L values, with the
/// greatest total strength (<see cref="Assignment.MaximumWeight(double[,], int)"/>); when that many values cannot all
/// be served, the assignment serves as many as it can.</item>
/// <item>Backup: the strongest story covering the value other than its go-to, from the portfolio when one covers it,
/// else from the whole bank.</item>
/// <item>Rounds: the values are dealt in pack order round-robin (value 1 to round 1, value 2 to round 2, …, value R + 1 to
/// round 1 again); then every value gets a story of the bank never told elsewhere in the loop — a retelling of a story
/// (<see cref="PlanOptions.Retellings"/>) counts as the story — with the greatest total strength and, among equals, the
/// most portfolio stories (<see cref="Assignment.MaximumWeight(double[,], IReadOnlyList{bool})"/>).</item>
/// </list>
/// A story covering a value with strength 0 is never picked for it. The portfolio search and the strongest-story picks
/// (backups, gaps) break ties by the matrix's story order (the bank's order: source file, then position); the assignments
/// are deterministic too, so the same matrix always gives the same plan. Thread-safe and stateless.
/// </remarks>
/// <param name="catalog">The catalogue that names the competencies and holds the sample questions for gap advice.</param>
public sealed class LoopPlanner(InterviewCatalog catalog)
{
    /// <summary>
    /// Below this strength a value counts as covered only weakly and is listed as a gap. 1 is what a story earns by
    /// mentioning each of the value's competencies once in its text; for a value of three competencies, naming one of them on
    /// the competency line (4 / 3) clears it, one passing mention of one of them in the text (1 / 3) does not.
    /// </summary>
    public const double WeakCoverage = 1.0;

    /// <summary>Plans the loop of <paramref name="coverage"/>'s pack over its stories (at least one).</summary>
    public LoopPlan Plan(CoverageMatrix coverage, PlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Stories, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Stories, PlanOptions.MaxStories);
        if (options.Rounds is { } rounds)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(rounds, PlanOptions.MaxRounds);
        }

        if (options.MaxValuesPerStory is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        }

        if (coverage.Stories.Count == 0)
        {
            throw new ArgumentException("a plan needs at least one story", nameof(coverage));
        }

        var plan = new PlanContext(coverage, options);
        var values = Enumerable.Range(0, coverage.Pack.Values.Count).ToList();
        var goTo = plan.GoTo();
        return new LoopPlan(
            coverage,
            plan.Limit,
            plan.Portfolio(),
            [.. values.Select(v => plan.AssignmentOf(v, goTo[v]))],
            [.. values.Select(v => Gap(plan, v)).OfType<CoverageGap>()],
            [.. plan.Overuse(goTo)],
            options.Rounds is { } count ? plan.Rounds(count) : []);
    }

    private CoverageGap? Gap(PlanContext plan, int v)
    {
        var best = plan.Strongest(v, _ => true);
        if (best is { Coverage.Strength: >= WeakCoverage })
        {
            return null;
        }

        var value = plan.Coverage.Pack.Values[v];
        var competencies = value.Competencies
            .Select(id => catalog.Competencies.FirstOrDefault(c => c.Id == id)?.Name ?? id)
            .ToList();
        var question = (value.Questions.Count > 0 ? value.Questions[0] : null)
            ?? catalog.Questions.FirstOrDefault(q => q.Competencies.Any(value.Competencies.Contains))?.Text;
        var advice = (competencies.Count > 0 ? $"Write a story that shows {ListOf(competencies)}. " : "Write a story for it. ")
            + value.Description
            + (question is null ? "" : $" Rehearse it on: \"{question}\"");
        return new CoverageGap(value, best, competencies, question, advice);
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string ListOf(List<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";

    /// <summary>The computations of one plan, over the strengths of one matrix.</summary>
    private sealed class PlanContext
    {
        private readonly double[,] _strength;
        private readonly bool[] _inPortfolio;
        private readonly PortfolioChoice _choice;
        private readonly long _nodeBudget;
        private readonly IReadOnlyList<(Model.Story First, Model.Story Second)> _retellings;

        public PlanContext(CoverageMatrix coverage, PlanOptions options)
        {
            Coverage = coverage;
            _retellings = options.Retellings ?? [];
            var (values, stories) = (coverage.Pack.Values.Count, coverage.Stories.Count);
            _strength = new double[values, stories];
            for (var v = 0; v < values; v++)
            {
                for (var s = 0; s < stories; s++)
                {
                    _strength[v, s] = coverage[v, s].Strength;
                }
            }

            var size = Math.Min(options.Stories, stories);
            Limit = options.MaxValuesPerStory ?? ((values + size - 1) / size) + 1;
            _nodeBudget = options.NodeBudget;
            _choice = PortfolioSearch.Choose(_strength, size, options.NodeBudget);
            _inPortfolio = new bool[stories];
            foreach (var s in _choice.Stories)
            {
                _inPortfolio[s] = true;
            }
        }

        public CoverageMatrix Coverage { get; }

        public int Limit { get; }

        private int ValueCount => _strength.GetLength(0);

        public Portfolio Portfolio() => new(
            [.. _choice.Stories.Select(s => new PortfolioStory(
                Coverage.Stories[s],
                [.. Enumerable.Range(0, ValueCount)
                    .Where(v => _strength[v, s] > 0)
                    .OrderByDescending(v => _strength[v, s])
                    .ThenBy(v => v)
                    .Select(v => new ValueCoverage(Coverage.Pack.Values[v], Coverage[v, s]))]))],
            _choice.Score,
            _choice.Exact,
            _choice.Exact
                ? null
                : $"not proven the best set of {_choice.Stories.Count} stories: the exact search stopped after {_nodeBudget.ToString("N0", CultureInfo.InvariantCulture)} steps, so this is the greedy choice improved until no single swap of stories raises the coverage");

        /// <summary>For each value, its go-to story's column, or -1.</summary>
        public int[] GoTo()
        {
            var weight = new double[ValueCount, _choice.Stories.Count];
            for (var v = 0; v < ValueCount; v++)
            {
                for (var p = 0; p < _choice.Stories.Count; p++)
                {
                    weight[v, p] = Allowed(v, _choice.Stories[p]);
                }
            }

            return [.. Assignment.MaximumWeight(weight, Limit).Select(p => p < 0 ? -1 : _choice.Stories[p])];
        }

        public ValueAssignment AssignmentOf(int v, int goTo)
        {
            var backup = Strongest(v, s => s != goTo && _inPortfolio[s]) ?? Strongest(v, s => s != goTo);
            var note = goTo >= 0
                ? null
                : Strongest(v, s => _inPortfolio[s]) is null
                    ? Strongest(v, _ => true) is null ? "no story of the bank covers it" : "no story of the portfolio covers it"
                    : $"every portfolio story that covers it is already the go-to for {Limit} values, the most one story may carry";
            return new ValueAssignment(Coverage.Pack.Values[v], goTo >= 0 ? Pick(v, goTo) : null, backup, note);
        }

        /// <summary>The story of greatest strength for value <paramref name="v"/> among those <paramref name="eligible"/> (ties: bank order), or null.</summary>
        public StoryPick? Strongest(int v, Func<int, bool> eligible) =>
            StrongestColumn(v, eligible) is var best and >= 0 ? Pick(v, best) : null;

        private int StrongestColumn(int v, Func<int, bool> eligible)
        {
            var best = -1;
            for (var s = 0; s < Coverage.Stories.Count; s++)
            {
                if (_strength[v, s] > 0 && eligible(s) && (best < 0 || _strength[v, s] > _strength[v, best]))
                {
                    best = s;
                }
            }

            return best;
        }

        public IEnumerable<StoryOveruse> Overuse(int[] goTo)
        {
            var values = Coverage.Pack.Values;
            foreach (var s in _choice.Stories)
            {
                var goToFor = Enumerable.Range(0, ValueCount).Where(v => goTo[v] == s).ToList();
                var strongestFor = Enumerable.Range(0, ValueCount)
                    .Where(v => StrongestColumn(v, c => _inPortfolio[c]) == s)
                    .ToList();
                var risks = new List<string>();
                if (goToFor.Count >= Math.Max(2, Limit))
                {
                    risks.Add($"the go-to for {goToFor.Count} values, the most one story may carry: a weak telling costs all of them");
                }

                if (strongestFor.Count > Limit)
                {
                    var moved = strongestFor.Except(goToFor).Select(v => values[v].Name).ToList();
                    risks.Add($"the strongest story for {strongestFor.Count} values, more than the {Limit} one story may carry, so "
                        + $"{ListOf(moved)} {(moved.Count == 1 ? "goes" : "go")} to other stories");
                }

                if (risks.Count > 0)
                {
                    yield return new StoryOveruse(
                        Coverage.Stories[s],
                        [.. goToFor.Select(v => values[v])],
                        [.. strongestFor.Select(v => values[v])],
                        $"It is {string.Join("; and ", risks)}.");
                }
            }
        }

        public IReadOnlyList<LoopRound> Rounds(int count)
        {
            // Each family of retellings is one column: choosing it tells its strongest member for the value.
            var families = Families();
            var weight = new double[ValueCount, families.Count];
            var member = new int[ValueCount, families.Count];
            for (var v = 0; v < ValueCount; v++)
            {
                for (var f = 0; f < families.Count; f++)
                {
                    var best = families[f].OrderByDescending(s => Allowed(v, s)).ThenByDescending(s => _inPortfolio[s]).First();
                    (weight[v, f], member[v, f]) = (Allowed(v, best), best);
                }
            }

            var told = Assignment.MaximumWeight(weight, [.. families.Select(f => f.Any(s => _inPortfolio[s]))]);
            return [.. Enumerable.Range(0, count).Select(r => new LoopRound(
                r + 1,
                [.. Enumerable.Range(0, ValueCount)
                    .Where(v => v % count == r)
                    .Select(v => told[v] >= 0
                        ? new RoundSlot(Coverage.Pack.Values[v], Pick(v, member[v, told[v]]), null)
                        : new RoundSlot(Coverage.Pack.Values[v], null, Strongest(v, _ => true) is null
                            ? "no story of the bank covers it"
                            : "every story that covers it (or a retelling of it) is already told for another value of the loop"))]))];
        }

        /// <summary>The stories grouped so that retellings share a group, in bank order of each group's first story.</summary>
        private List<List<int>> Families()
        {
            var stories = Coverage.Stories.Count;
            var root = Enumerable.Range(0, stories).ToArray();
            int Find(int s) => root[s] == s ? s : root[s] = Find(root[s]);
            var index = new Dictionary<Model.Story, int>(ReferenceEqualityComparer.Instance);
            for (var s = 0; s < stories; s++)
            {
                index.TryAdd(Coverage.Stories[s], s);
            }

            foreach (var (first, second) in _retellings)
            {
                if (index.TryGetValue(first, out var a) && index.TryGetValue(second, out var b))
                {
                    var (ra, rb) = (Find(a), Find(b));
                    root[Math.Max(ra, rb)] = Math.Min(ra, rb);
                }
            }

            return [.. Enumerable.Range(0, stories).GroupBy(Find).OrderBy(g => g.Key).Select(g => g.ToList())];
        }

        /// <summary>The assignment weight of a value-story pair: its strength, or forbidden when the story does not cover it.</summary>
        private double Allowed(int v, int s) => _strength[v, s] > 0 ? _strength[v, s] : double.NegativeInfinity;

        private StoryPick Pick(int v, int s) => new(Coverage.Stories[s], Coverage[v, s], _inPortfolio[s]);
    }
}
